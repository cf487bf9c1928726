#include "core/thing/TypedThing.h"

#include "core/thing/Units.h"

namespace hearth {

TypedThing::TypedThing(const QUuid &typeId, const QString &rootName)
{
    m_thing.setTypeId(typeId);
    m_thing.setDataRoot(XmlNode(rootName));
}

bool TypedThing::accepts(const Thing &thing, const QList<QUuid> &ids, QStringView rootName)
{
    const XmlNode *root = thing.dataRoot();
    if (!root || root->name() != rootName)
        return false;
    const QUuid type = thing.typeId();
    return ids.contains(type);
}

void TypedThing::upversion(Thing &thing, XmlNode newRoot, const QUuid &newType)
{
    XmlNode original(QStringLiteral("original"));
    original.setAttribute(QStringLiteral("type-id"), thing.typeId().toString(QUuid::WithoutBraces));
    if (const XmlNode *old = thing.dataRoot())
        original.appendChild(*old);
    thing.setDataRoot(std::move(newRoot));
    thing.setTypeId(newType);
    thing.addExtension(QStringLiteral("hearth.original-version"), std::move(original));
}

void TypedThing::setText(const QString &name, const QString &value)
{
    if (value.isEmpty())
        root().removeChildren(name);
    else
        root().setChildText(name, value, order());
}

std::optional<int> TypedThing::integer(QStringView name) const
{
    const XmlNode *node = root().child(name);
    if (!node)
        return std::nullopt;
    bool ok = false;
    const int value = node->text().trimmed().toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

void TypedThing::setInteger(const QString &name, std::optional<int> value)
{
    if (!value)
        root().removeChildren(name);
    else
        root().setChildText(name, QString::number(*value), order());
}

std::optional<double> TypedThing::number(QStringView name) const
{
    const XmlNode *node = root().child(name);
    if (!node)
        return std::nullopt;
    bool ok = false;
    const double value = node->text().trimmed().toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

void TypedThing::setNumber(const QString &name, std::optional<double> value)
{
    if (!value)
        root().removeChildren(name);
    else
        root().setChildText(name, Units::formatNumber(*value), order());
}

std::optional<bool> TypedThing::boolean(QStringView name) const
{
    const XmlNode *node = root().child(name);
    if (!node)
        return std::nullopt;
    const QString text = node->text().trimmed();
    return text == u"true" || text == u"1";
}

void TypedThing::setBoolean(const QString &name, std::optional<bool> value)
{
    if (!value)
        root().removeChildren(name);
    else
        root().setChildText(
            name, *value ? QStringLiteral("true") : QStringLiteral("false"), order());
}

} // namespace hearth
