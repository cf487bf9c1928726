#include "core/thing/Ccr.h"

#include <QCoreApplication>

namespace hearth {

QUuid Ccr::typeId()
{
    return QUuid::fromString(u"1e1ccbfc-a55d-4d91-8940-fa2fbf73c195");
}

Ccr::Ccr()
    : TypedThing(typeId(), QStringLiteral("ContinuityOfCareRecord"))
{ }

std::optional<Ccr> Ccr::fromThing(Thing thing)
{
    if (!accepts(thing, { typeId() }, u"ContinuityOfCareRecord"))
        return std::nullopt;
    return Ccr(std::move(thing));
}

const XmlOrder &Ccr::order() const
{
    static const XmlOrder order = {};
    return order;
}

QByteArray Ccr::documentXml() const
{
    return root().toXml();
}

QString Ccr::summary() const
{
    const XmlNode *when = root().child(u"DateTime");
    const QString date = when ? when->childText(u"ExactDateTime").left(10) : QString();
    return (QCoreApplication::translate("hearth::Thing", "Continuity of Care Record") + u' ' + date)
        .trimmed();
}

} // namespace hearth
