#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace hearth::vault {

// A GetThings <xpath> filter: an XPath 1.0 expression over
// /thing/data-xml/... (e.g. /thing/data-xml/weight/value/kg[. > 70]),
// evaluated with libxml2 on each candidate thing's stored data-xml. A thing
// matches when the expression's value is true as XPath's boolean() has it
// (a non-empty node set, a true comparison).
class ThingXPath
{
public:
    // Nullopt and error when the expression is not XPath, is longer than
    // 1,000 characters or does not start with /thing/data-xml.
    static std::optional<ThingXPath> compile(const QString &expression, QString *error);

    bool matches(const QByteArray &dataXml) const;
    const QString &expression() const { return m_expression; }

private:
    struct Compiled;
    QString m_expression;
    std::shared_ptr<Compiled> m_compiled;
};

} // namespace hearth::vault
