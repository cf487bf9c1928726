#include "core/thing/Ccd.h"

#include <QCoreApplication>

namespace hearth {

QUuid Ccd::typeId()
{
    return QUuid::fromString(u"9c48a2b8-952c-4f5a-935d-f3292326bf54");
}

Ccd::Ccd()
    : TypedThing(typeId(), QStringLiteral("ClinicalDocument"))
{ }

std::optional<Ccd> Ccd::fromThing(Thing thing)
{
    if (!accepts(thing, { typeId() }, u"ClinicalDocument"))
        return std::nullopt;
    return Ccd(std::move(thing));
}

const XmlOrder &Ccd::order() const
{
    static const XmlOrder order = {};
    return order;
}

QByteArray Ccd::documentXml() const
{
    return root().toXml();
}

QString Ccd::summary() const
{
    const QString title = root().childText(u"title").simplified();
    return title.isEmpty()
        ? QCoreApplication::translate("hearth::Thing", "Continuity of Care Document")
        : title;
}

} // namespace hearth
