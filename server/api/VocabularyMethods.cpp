// GetVocabulary v1 and v2 of PlatformApi.

#include "server/api/PlatformApi.h"
#include "server/api/Vocabularies.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace hearth::vault {

using protocol::StatusCode;

namespace {

// vocab.xsd VocabularyKey.
struct VocabularyKey
{
    QString name;
    QString family;
    QString version;
    QString codeValue;
    bool hasCodeValue = false;
};

MethodResult fail(StatusCode status, const QString &message)
{
    return { status, message, {} };
}

} // namespace

// Without vocabulary-parameters: the keys of every vocabulary (the .NET SDK's
// GetVocabularyKeys, version 1). With them: each asked vocabulary's items,
// from the item with code-value on when one is given (version 2 in the .NET
// SDK; both versions take both forms here). Items exist in one culture only,
// so fixed-culture changes nothing.
MethodResult PlatformApi::getVocabulary(const CallContext &context)
{
    QList<VocabularyKey> keys;
    bool parameters = false;
    QXmlStreamReader reader(context.request->rawInfo());
    reader.readNextStartElement(); // info
    while (reader.readNextStartElement()) {
        if (reader.name() != QLatin1String("vocabulary-parameters")) {
            reader.skipCurrentElement();
            continue;
        }
        parameters = true;
        while (reader.readNextStartElement()) {
            if (reader.name() != QLatin1String("vocabulary-key")) {
                reader.skipCurrentElement();
                continue;
            }
            VocabularyKey key;
            while (reader.readNextStartElement()) {
                const auto name = reader.name();
                if (name == QLatin1String("name")) {
                    key.name = reader.readElementText().trimmed();
                } else if (name == QLatin1String("family")) {
                    key.family = reader.readElementText().trimmed();
                } else if (name == QLatin1String("version")) {
                    key.version = reader.readElementText().trimmed();
                } else if (name == QLatin1String("code-value")) {
                    key.codeValue = reader.readElementText().trimmed();
                    key.hasCodeValue = true;
                } else {
                    reader.skipCurrentElement();
                }
            }
            keys << key;
        }
    }
    if (reader.hasError())
        return fail(StatusCode::InvalidXml, reader.errorString());
    if (parameters && keys.isEmpty())
        return fail(StatusCode::InvalidXml,
            QStringLiteral("vocabulary-parameters needs at least one vocabulary-key"));

    const Vocabularies &vocabularies = Vocabularies::builtIn();
    QByteArray out;
    QXmlStreamWriter w(&out);
    if (!parameters) {
        for (const Vocabulary &vocabulary : vocabularies.all()) {
            w.writeStartElement(QStringLiteral("vocabulary-key"));
            w.writeTextElement(QStringLiteral("name"), vocabulary.name);
            w.writeTextElement(QStringLiteral("family"), vocabulary.family);
            w.writeTextElement(QStringLiteral("version"), vocabulary.version);
            w.writeEndElement();
        }
        return { StatusCode::Ok, {}, out };
    }
    for (const VocabularyKey &key : std::as_const(keys)) {
        if (key.name.isEmpty())
            return fail(StatusCode::InvalidXml, QStringLiteral("a vocabulary-key needs a name"));
        const Vocabulary *vocabulary = vocabularies.find(key.family, key.name, key.version);
        if (!vocabulary) {
            QString wanted = (key.family.isEmpty() ? QStringLiteral("wc") : key.family)
                + QLatin1Char(' ') + key.name;
            if (!key.version.isEmpty())
                wanted += QLatin1Char(' ') + key.version;
            return fail(
                StatusCode::InvalidVocabulary, QStringLiteral("there is no vocabulary ") + wanted);
        }
        w.writeStartElement(QStringLiteral("vocabulary"));
        w.writeTextElement(QStringLiteral("name"), vocabulary->name);
        w.writeTextElement(QStringLiteral("family"), vocabulary->family);
        w.writeTextElement(QStringLiteral("version"), vocabulary->version);
        bool started = !key.hasCodeValue;
        for (const VocabularyItem &item : vocabulary->items) {
            started = started || item.code == key.codeValue;
            if (!started)
                continue;
            w.writeStartElement(QStringLiteral("code-item"));
            w.writeTextElement(QStringLiteral("code-value"), item.code);
            w.writeTextElement(QStringLiteral("display-text"), item.displayText);
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    return { StatusCode::Ok, {}, out };
}

} // namespace hearth::vault
