#include "server/api/Vocabularies.h"

#include "core/Logging.h"

#include <QFile>

namespace hearth::vault {

namespace {

// Versions compare as numbers when both are numbers ("10" after "9").
bool newer(const QString &candidate, const QString &current)
{
    bool candidateIsNumber = false;
    bool currentIsNumber = false;
    const double a = candidate.toDouble(&candidateIsNumber);
    const double b = current.toDouble(&currentIsNumber);
    if (candidateIsNumber && currentIsNumber)
        return a > b;
    return candidate > current;
}

} // namespace

const Vocabularies &Vocabularies::builtIn()
{
    static const Vocabularies vocabularies = [] {
        Vocabularies loaded;
        QFile file(QStringLiteral(":/vault/vocabularies.txt"));
        QString error;
        if (!file.open(QIODevice::ReadOnly) || !loaded.parse(file.readAll(), &error))
            qCCritical(lcVault) << "the built-in vocabularies cannot be read:" << error;
        return loaded;
    }();
    return vocabularies;
}

bool Vocabularies::parse(QByteArrayView text, QString *error)
{
    m_vocabularies.clear();
    const QList<QByteArray> lines = text.toByteArray().split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines[i]).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1Char('@'))) {
            const QStringList key = line.mid(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (key.size() != 3) {
                *error = QStringLiteral("line %1: expected '@ family name version'").arg(i + 1);
                return false;
            }
            m_vocabularies.append({ key[0], key[1], key[2], {} });
            continue;
        }
        const qsizetype tab = line.indexOf(QLatin1Char('\t'));
        if (m_vocabularies.isEmpty() || tab <= 0) {
            *error = QStringLiteral("line %1: expected 'code<TAB>display text' in a vocabulary")
                         .arg(i + 1);
            return false;
        }
        m_vocabularies.last().items.append({ line.left(tab), line.mid(tab + 1).trimmed() });
    }
    return true;
}

const Vocabulary *Vocabularies::find(
    QString family, const QString &name, const QString &version) const
{
    if (family.isEmpty())
        family = QStringLiteral("wc");
    const Vocabulary *found = nullptr;
    for (const Vocabulary &vocabulary : m_vocabularies) {
        if (vocabulary.family != family || vocabulary.name != name)
            continue;
        if (!version.isEmpty()) {
            if (vocabulary.version == version)
                return &vocabulary;
        } else if (!found || newer(vocabulary.version, found->version)) {
            found = &vocabulary;
        }
    }
    return found;
}

} // namespace hearth::vault
