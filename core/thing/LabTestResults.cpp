#include "core/thing/LabTestResults.h"

#include <QCoreApplication>

namespace hearth {

QUuid LabTestResults::typeId()
{
    return QUuid::fromString(u"5800eab5-a8c2-482a-a4d6-f1db25ae08c3");
}

LabTestResults::LabTestResults()
    : TypedThing(typeId(), QStringLiteral("lab-test-results"))
{ }

std::optional<LabTestResults> LabTestResults::fromThing(Thing thing)
{
    if (!accepts(thing, { typeId() }, u"lab-test-results"))
        return std::nullopt;
    return LabTestResults(std::move(thing));
}

const XmlOrder &LabTestResults::order() const
{
    static const XmlOrder order = {
        QLatin1String("when"),
        QLatin1String("lab-group"),
        QLatin1String("ordered-by"),
    };
    return order;
}

std::optional<ApproxDateTime> LabTestResults::when() const
{
    return readValue<ApproxDateTime>(u"when");
}

void LabTestResults::setWhen(const std::optional<ApproxDateTime> &value)
{
    writeValue(QStringLiteral("when"), value);
}

std::optional<OrganizationInfo> LabTestResults::orderedBy() const
{
    return readValue<OrganizationInfo>(u"ordered-by");
}

void LabTestResults::setOrderedBy(const std::optional<OrganizationInfo> &value)
{
    writeValue(QStringLiteral("ordered-by"), value);
}

namespace {

void collectResults(const XmlNode &group, QList<LabTestResult> &out)
{
    const QString groupName = group.childText(u"group-name").isEmpty()
        ? (group.child(u"group-name") ? group.child(u"group-name")->childText(u"text") : QString())
        : group.child(u"group-name")->childText(u"text");
    for (const XmlNode *node : group.childElements(u"results")) {
        LabTestResult result;
        result.groupName = groupName;
        result.name = node->childText(u"name");
        if (const XmlNode *when = node->child(u"when"))
            result.when = ApproxDateTime::read(*when);
        if (const XmlNode *code = node->child(u"clinical-code"))
            result.clinicalCode = CodableValue::read(*code);
        if (const XmlNode *value = node->child(u"value")) {
            if (const XmlNode *measurement = value->child(u"measurement"))
                result.measurement = GeneralMeasurement::read(*measurement);
            for (const XmlNode *flag : value->childElements(u"flag"))
                result.flags.append(CodableValue::read(*flag));
        }
        if (const XmlNode *status = node->child(u"status"))
            result.status = CodableValue::read(*status);
        result.note = node->childText(u"note");
        out.append(result);
    }
    for (const XmlNode *sub : group.childElements(u"sub-groups"))
        collectResults(*sub, out);
}

} // namespace

QList<LabTestResult> LabTestResults::results() const
{
    QList<LabTestResult> out;
    for (const XmlNode *group : root().childElements(u"lab-group"))
        collectResults(*group, out);
    return out;
}

void LabTestResults::addGroup(const CodableValue &groupName, const QList<LabTestResult> &results)
{
    XmlNode group(QStringLiteral("lab-group"));
    groupName.writeTo(group.appendChild(XmlNode(QStringLiteral("group-name"))));
    for (const LabTestResult &result : results) {
        XmlNode &node = group.appendChild(XmlNode(QStringLiteral("results")));
        if (result.when)
            result.when->writeTo(node.appendChild(XmlNode(QStringLiteral("when"))));
        if (!result.name.isEmpty())
            node.appendChild(XmlNode(QStringLiteral("name"))).setText(result.name);
        if (result.clinicalCode)
            result.clinicalCode->writeTo(
                node.appendChild(XmlNode(QStringLiteral("clinical-code"))));
        if (result.measurement) {
            XmlNode &value = node.appendChild(XmlNode(QStringLiteral("value")));
            result.measurement->writeTo(value.appendChild(XmlNode(QStringLiteral("measurement"))));
            for (const CodableValue &flag : result.flags)
                flag.writeTo(value.appendChild(XmlNode(QStringLiteral("flag"))));
        }
        if (result.status)
            result.status->writeTo(node.appendChild(XmlNode(QStringLiteral("status"))));
        if (!result.note.isEmpty())
            node.appendChild(XmlNode(QStringLiteral("note"))).setText(result.note);
    }
    // After the last group, before <ordered-by>.
    root().insertChild(std::move(group), order());
}

QString LabTestResults::summary() const
{
    const QList<LabTestResult> all = results();
    const QString group = all.isEmpty() ? QString() : all.first().groupName;
    return QCoreApplication::translate("hearth::Thing", "%1 (%n results)", nullptr, int(all.size()))
        .arg(group);
}

} // namespace hearth
