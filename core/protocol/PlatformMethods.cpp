#include "core/protocol/PlatformMethods.h"

#include "core/protocol/RequestEnvelope.h"
#include "core/protocol/XsDateTime.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace hearth::protocol {

namespace {

QString guidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// A reader over a response's wc:info that refuses a DOCTYPE.
class InfoReader : public QXmlStreamReader
{
public:
    explicit InfoReader(const QByteArray &xml)
        : QXmlStreamReader(xml)
    { }

    bool nextStart()
    {
        while (!atEnd()) {
            readNext();
            if (tokenType() == DTD) {
                raiseError(QStringLiteral("a DOCTYPE is not allowed"));
                return false;
            }
            if (isStartElement())
                return true;
        }
        return false;
    }

    bool finish(QString *error)
    {
        if (hasError()) {
            *error = errorString();
            return false;
        }
        return true;
    }
};

QUuid readGuid(QXmlStreamReader &reader, bool *ok)
{
    const QUuid id = QUuid::fromString(reader.readElementText().trimmed());
    if (id.isNull())
        *ok = false;
    return id;
}

// Where the <thing> start tag that ends before `offset` begins.
qsizetype thingStart(const QString &text, qsizetype offset)
{
    qsizetype at = offset;
    while (at > 0) {
        at = text.lastIndexOf(QLatin1String("<thing"), at - 1);
        if (at < 0)
            return -1;
        const QChar next = at + 6 < text.size() ? text.at(at + 6) : QChar();
        if (next == QLatin1Char('>') || next.isSpace())
            return at;
    }
    return -1;
}

} // namespace

bool NewApplicationCreationInfo::readResponse(const QByteArray &rawInfo, QString *error)
{
    InfoReader reader(rawInfo);
    while (reader.nextStart()) {
        if (reader.name() == QLatin1String("app-id"))
            appId = QUuid::fromString(reader.readElementText().trimmed());
        else if (reader.name() == QLatin1String("shared-secret"))
            sharedSecret = QByteArray::fromBase64(reader.readElementText().trimmed().toLatin1());
        else if (reader.name() == QLatin1String("app-token"))
            appToken = reader.readElementText().trimmed();
    }
    if (!reader.finish(error))
        return false;
    if (appId.isNull() || sharedSecret.isEmpty() || appToken.isEmpty()) {
        *error = QStringLiteral("app-id, shared-secret and app-token are required");
        return false;
    }
    return true;
}

qint64 GetServiceDefinition::configuration(const QString &key) const
{
    for (const auto &[k, value] : configurationValues)
        if (k == key)
            return value;
    return -1;
}

bool GetServiceDefinition::readResponse(const QByteArray &rawInfo, QString *error)
{
    InfoReader reader(rawInfo);
    bool inShell = false;
    while (reader.nextStart()) {
        const auto name = reader.name();
        if (name == QLatin1String("shell")) {
            inShell = true;
        } else if (name == QLatin1String("platform") || name == QLatin1String("instances")) {
            inShell = false;
        } else if (name == QLatin1String("url") && inShell) {
            shellUrl = QUrl(reader.readElementText().trimmed());
        } else if (name == QLatin1String("configuration")) {
            const QString key = reader.attributes().value(QLatin1String("key")).toString();
            bool ok = false;
            const qint64 value = reader.readElementText().trimmed().toLongLong(&ok);
            if (ok)
                configurationValues.append({ key, value });
        } else if (name == QLatin1String("instance")) {
            PlatformInstance instance;
            while (reader.readNextStartElement()) {
                const QString text = reader.readElementText().trimmed();
                if (reader.name() == QLatin1String("id"))
                    instance.id = text;
                else if (reader.name() == QLatin1String("name"))
                    instance.name = text;
                else if (reader.name() == QLatin1String("platform-url"))
                    instance.platformUrl = QUrl(text);
                else if (reader.name() == QLatin1String("shell-url"))
                    instance.shellUrl = QUrl(text);
            }
            instances.append(instance);
        }
    }
    return reader.finish(error);
}

CreateAuthenticatedSessionToken::CreateAuthenticatedSessionToken(
    const QUuid &instanceId, const QByteArray &appSecret, const QDateTime &signingTime)
{
    // The hmacSig covers the exact <content> bytes, which follow it verbatim.
    const QByteArray id = guidText(instanceId).toLatin1();
    const QByteArray content = "<content><app-id>" + id
        + "</app-id><hmac>HMACSHA256</hmac><signing-time>"
        + XsDateTime::format(signingTime).toLatin1() + "</signing-time></content>";
    const QByteArray sig = hmacBytes(QStringLiteral("HMACSHA256"), appSecret, content).toBase64();
    m_info = "<info><auth-info><app-id is-multi-record-app=\"true\">" + id
        + "</app-id><credential><appserver2><hmacSig algName=\"HMACSHA256\">" + sig + "</hmacSig>"
        + content + "</appserver2></credential></auth-info></info>";
}

bool CreateAuthenticatedSessionToken::readResponse(const QByteArray &rawInfo, QString *error)
{
    InfoReader reader(rawInfo);
    while (reader.nextStart()) {
        if (reader.name() == QLatin1String("token"))
            token = reader.readElementText().trimmed();
        else if (reader.name() == QLatin1String("shared-secret"))
            sharedSecret = QByteArray::fromBase64(reader.readElementText().trimmed().toLatin1());
    }
    if (!reader.finish(error))
        return false;
    if (token.isEmpty() || sharedSecret.isEmpty()) {
        *error = QStringLiteral("token and shared-secret are required");
        return false;
    }
    return true;
}

QByteArray GetAuthorizedPeople::info() const
{
    if (personIdCursor.isNull())
        return QByteArrayLiteral("<info><parameters/></info>");
    return "<info><parameters><person-id-cursor>" + guidText(personIdCursor).toLatin1()
        + "</person-id-cursor></parameters></info>";
}

bool GetAuthorizedPeople::readResponse(const QByteArray &rawInfo, QString *error)
{
    InfoReader reader(rawInfo);
    bool ok = true;
    while (reader.nextStart()) {
        if (reader.name() == QLatin1String("more-results")) {
            moreResults = reader.readElementText().trimmed() == QLatin1String("true");
        } else if (reader.name() == QLatin1String("person-info")) {
            AuthorizedPerson person;
            while (reader.readNextStartElement()) {
                if (reader.name() == QLatin1String("person-id")) {
                    person.personId = readGuid(reader, &ok);
                } else if (reader.name() == QLatin1String("name")) {
                    person.name = reader.readElementText();
                } else if (reader.name() == QLatin1String("record")) {
                    const QXmlStreamAttributes a = reader.attributes();
                    AuthorizedRecord record;
                    record.id = QUuid::fromString(a.value(QLatin1String("id")));
                    record.displayName = a.value(QLatin1String("display-name")).toString();
                    record.relationship = a.value(QLatin1String("rel-name")).toString();
                    record.custodian
                        = a.value(QLatin1String("record-custodian")) == QLatin1String("true");
                    record.state = a.value(QLatin1String("state")).toString();
                    record.authExpires = XsDateTime::parse(a.value(QLatin1String("auth-expires")));
                    if (record.id.isNull())
                        ok = false;
                    reader.skipCurrentElement();
                    person.records.append(record);
                } else {
                    reader.skipCurrentElement();
                }
            }
            if (person.personId.isNull())
                ok = false;
            people.append(person);
        }
    }
    if (!reader.finish(error))
        return false;
    if (!ok) {
        *error = QStringLiteral("a person or record without a valid id");
        return false;
    }
    return true;
}

QByteArray GetThingsRequest::info() const
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartElement(QStringLiteral("info"));
    for (const ThingGroupQuery &group : groups) {
        w.writeStartElement(QStringLiteral("group"));
        if (!group.name.isEmpty())
            w.writeAttribute(QStringLiteral("name"), group.name);
        if (group.maxFull >= 0)
            w.writeAttribute(QStringLiteral("max-full"), QString::number(group.maxFull));
        for (const QUuid &id : group.ids)
            w.writeTextElement(QStringLiteral("id"), guidText(id));
        for (const QString &id : group.clientThingIds)
            w.writeTextElement(QStringLiteral("client-thing-id"), id);
        // By default a group holds active things only, also when it lists ids.
        if ((group.ids.isEmpty() && group.clientThingIds.isEmpty()) || group.includeDeleted) {
            w.writeStartElement(QStringLiteral("filter"));
            for (const QUuid &type : group.typeIds)
                w.writeTextElement(QStringLiteral("type-id"), guidText(type));
            w.writeTextElement(QStringLiteral("thing-state"), QStringLiteral("Active"));
            if (group.includeDeleted)
                w.writeTextElement(QStringLiteral("thing-state"), QStringLiteral("Deleted"));
            if (group.effDateMax.isValid())
                w.writeTextElement(
                    QStringLiteral("eff-date-max"), XsDateTime::format(group.effDateMax));
            if (group.updatedMin.isValid())
                w.writeTextElement(
                    QStringLiteral("updated-date-min"), XsDateTime::format(group.updatedMin));
            w.writeEndElement();
        }
        w.writeStartElement(QStringLiteral("format"));
        w.writeTextElement(QStringLiteral("section"), QStringLiteral("core"));
        w.writeTextElement(QStringLiteral("section"), QStringLiteral("audits"));
        if (group.blobPayload)
            w.writeTextElement(QStringLiteral("section"), QStringLiteral("blobpayload"));
        w.writeEmptyElement(QStringLiteral("xml"));
        if (group.blobPayload) {
            w.writeStartElement(QStringLiteral("blob-payload-request"));
            w.writeStartElement(QStringLiteral("blob-format"));
            w.writeTextElement(QStringLiteral("blob-format-spec"), QStringLiteral("streamed"));
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
    }
    w.writeEndElement();
    return out;
}

bool GetThingsRequest::readResponse(const QByteArray &rawInfo, QString *error)
{
    // Things are cut out of the received text, so they are stored exactly
    // as the vault sent them. Offsets are in UTF-16 units of this string.
    const QString text = QString::fromUtf8(rawInfo);
    QXmlStreamReader reader(text);
    ThingGroupResult *group = nullptr;
    int depth = 0;
    bool ok = true;
    while (!reader.atEnd() && ok) {
        reader.readNext();
        if (reader.tokenType() == QXmlStreamReader::DTD) {
            reader.raiseError(QStringLiteral("a DOCTYPE is not allowed"));
            break;
        }
        if (reader.isEndElement()) {
            --depth;
            continue;
        }
        if (!reader.isStartElement())
            continue;
        ++depth;
        if (depth == 2 && reader.name() == QLatin1String("group")) {
            results.append(ThingGroupResult {});
            group = &results.last();
            group->name = reader.attributes().value(QLatin1String("name")).toString();
        } else if (depth == 3 && group && reader.name() == QLatin1String("thing")) {
            // The reader may have looked one character ahead, so search
            // back for the tag itself rather than trusting the offset.
            const qsizetype start = thingStart(text, qsizetype(reader.characterOffset()));
            reader.skipCurrentElement();
            --depth;
            if (reader.hasError())
                break;
            const qsizetype close
                = text.lastIndexOf(QLatin1String("</thing>"), qsizetype(reader.characterOffset()));
            const qsizetype end = close < 0 ? -1 : close + 8;
            if (start < 0 || end <= start) {
                ok = false;
                break;
            }
            group->things.append(QStringView(text).mid(start, end - start).toUtf8());
        } else if (depth == 3 && group
            && reader.name() == QLatin1String("unprocessed-thing-key-info")) {
            ThingKeyInfo key;
            while (reader.readNextStartElement()) {
                if (reader.name() == QLatin1String("thing-id")) {
                    key.key.versionStamp
                        = reader.attributes().value(QLatin1String("version-stamp")).toString();
                    key.key.id = readGuid(reader, &ok);
                } else if (reader.name() == QLatin1String("type-id")) {
                    key.typeId = readGuid(reader, &ok);
                } else if (reader.name() == QLatin1String("eff-date")) {
                    key.effDate = XsDateTime::parse(reader.readElementText().trimmed());
                } else {
                    reader.skipCurrentElement();
                }
            }
            --depth;
            group->unprocessed.append(key);
        }
    }
    if (reader.hasError()) {
        *error = reader.errorString();
        return false;
    }
    if (!ok) {
        *error = QStringLiteral("an unprocessed thing key without a valid id");
        return false;
    }
    return true;
}

QByteArray PutThingsRequest::info() const
{
    QByteArray out = "<info>";
    for (const QByteArray &thing : things)
        out += thing;
    return out + "</info>";
}

bool PutThingsRequest::readResponse(const QByteArray &rawInfo, QString *error)
{
    InfoReader reader(rawInfo);
    bool ok = true;
    while (reader.nextStart()) {
        if (reader.name() == QLatin1String("thing-id")) {
            ThingKey key;
            key.versionStamp = reader.attributes().value(QLatin1String("version-stamp")).toString();
            key.id = readGuid(reader, &ok);
            keys.append(key);
        }
    }
    if (!reader.finish(error))
        return false;
    if (!ok || keys.size() != things.size()) {
        *error = QStringLiteral("PutThings must answer one valid thing-id per thing");
        return false;
    }
    return true;
}

QByteArray RemoveThingsRequest::info() const
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartElement(QStringLiteral("info"));
    for (const ThingKey &key : keys) {
        w.writeStartElement(QStringLiteral("thing-id"));
        w.writeAttribute(QStringLiteral("version-stamp"), key.versionStamp);
        w.writeCharacters(guidText(key.id));
        w.writeEndElement();
    }
    w.writeEndElement();
    return out;
}

bool BeginPutBlob::readResponse(const QByteArray &rawInfo, QString *error)
{
    InfoReader reader(rawInfo);
    while (reader.nextStart()) {
        const auto name = reader.name();
        if (name == QLatin1String("blob-ref-url")) {
            blobRefUrl = QUrl(reader.readElementText().trimmed(), QUrl::StrictMode);
        } else if (name == QLatin1String("blob-chunk-size")) {
            chunkSize = reader.readElementText().trimmed().toLongLong();
        } else if (name == QLatin1String("max-blob-size")) {
            maxBlobSize = reader.readElementText().trimmed().toLongLong();
        } else if (name == QLatin1String("blob-hash-algorithm")) {
            hashAlgorithm = reader.readElementText().trimmed();
        } else if (name == QLatin1String("block-size")) {
            hashBlockSize = reader.readElementText().trimmed().toLongLong();
        }
    }
    if (!reader.finish(error))
        return false;
    const QString scheme = blobRefUrl.scheme();
    if (!blobRefUrl.isValid()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) || chunkSize <= 0
        || maxBlobSize <= 0) {
        *error = QStringLiteral("blob-ref-url (http or https), blob-chunk-size and max-blob-size "
                                "are required");
        return false;
    }
    return true;
}

} // namespace hearth::protocol
