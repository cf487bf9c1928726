#include "core/thing/Cda.h"

#include <QCoreApplication>

namespace hearth {

QUuid Cda::typeId()
{
    return QUuid::fromString(u"1ed1cba6-9530-44a3-b7b5-e8219690ebcf");
}

Cda::Cda()
    : TypedThing(typeId(), QStringLiteral("ClinicalDocument"))
{ }

std::optional<Cda> Cda::fromThing(Thing thing)
{
    if (!accepts(thing, { typeId() }, u"ClinicalDocument"))
        return std::nullopt;
    return Cda(std::move(thing));
}

const XmlOrder &Cda::order() const
{
    static const XmlOrder order = {};
    return order;
}

QByteArray Cda::documentXml() const
{
    return root().toXml();
}

QString Cda::summary() const
{
    const QString title = root().childText(u"title").simplified();
    return title.isEmpty() ? QCoreApplication::translate("hearth::Thing", "Clinical document")
                           : title;
}

} // namespace hearth
