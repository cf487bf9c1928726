#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace hearth::vault {

// One code of a vocabulary (vocab.xsd VocabularyCodeItem).
struct VocabularyItem
{
    QString code;
    QString displayText;
};

// A code list named by family, name and version (vocab.xsd VocabularyCodeSet).
struct Vocabulary
{
    QString family;
    QString name;
    QString version;
    QList<VocabularyItem> items;
};

// The vocabularies GetVocabulary serves: the code lists of the coded fields
// of the thing types Hearth models, from server/vocabularies/vocabularies.txt
// (built into the program as a resource).
class Vocabularies
{
public:
    // The vault's own vocabularies (empty only if the resource is missing).
    static const Vocabularies &builtIn();
    // Reads the text format of vocabularies.txt; false and error (with the
    // line number) when it is malformed.
    bool parse(QByteArrayView text, QString *error);

    const QList<Vocabulary> &all() const { return m_vocabularies; }
    // An empty family means "wc" (HealthVault's own family); an empty
    // version means the newest. Null when there is no such vocabulary.
    const Vocabulary *find(QString family, const QString &name, const QString &version) const;

private:
    QList<Vocabulary> m_vocabularies;
};

} // namespace hearth::vault
