#include "core/thing/Plan.h"

namespace hearth {

QUuid Plan::typeId()
{
    return QUuid::fromString(u"504d6c08-68f9-4e07-8699-5fb55678f13d");
}

Plan::Plan()
    : TypedThing(typeId(), QStringLiteral("plan"))
{ }

std::optional<Plan> Plan::fromThing(Thing thing)
{
    if (!accepts(thing, { typeId() }, u"plan"))
        return std::nullopt;
    return Plan(std::move(thing));
}

const XmlOrder &Plan::order() const
{
    static const XmlOrder order = {
        QLatin1String("name"),
        QLatin1String("description"),
        QLatin1String("status"),
        QLatin1String("category"),
        QLatin1String("objectives"),
    };
    return order;
}

QString Plan::name() const
{
    return text(u"name");
}

void Plan::setName(const QString &value)
{
    setText(QStringLiteral("name"), value);
}

QString Plan::description() const
{
    return text(u"description");
}

void Plan::setDescription(const QString &value)
{
    setText(QStringLiteral("description"), value);
}

QString Plan::status() const
{
    return text(u"status");
}

void Plan::setStatus(const QString &value)
{
    setText(QStringLiteral("status"), value);
}

QString Plan::category() const
{
    return text(u"category");
}

void Plan::setCategory(const QString &value)
{
    setText(QStringLiteral("category"), value);
}

void Plan::addObjective(
    const QUuid &id, const QString &name, const QString &description, const QString &state)
{
    XmlNode &list = root().ensureChild(QStringLiteral("objectives"), order());
    XmlNode &objective = list.appendChild(XmlNode(QStringLiteral("objective")));
    objective.appendChild(XmlNode(QStringLiteral("id"))).setText(id.toString(QUuid::WithoutBraces));
    objective.appendChild(XmlNode(QStringLiteral("name"))).setText(name);
    objective.appendChild(XmlNode(QStringLiteral("description"))).setText(description);
    objective.appendChild(XmlNode(QStringLiteral("state"))).setText(state);
}

QStringList Plan::objectiveNames() const
{
    QStringList names;
    if (const XmlNode *list = root().child(u"objectives")) {
        for (const XmlNode *objective : list->childElements(u"objective"))
            names << objective->childText(u"name");
    }
    return names;
}

QString Plan::summary() const
{
    return name();
}

} // namespace hearth
