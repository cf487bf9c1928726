#pragma once

#include "core/thing/CodableValue.h"
#include "core/thing/HealthDate.h"
#include "core/thing/Measurements.h"
#include "core/thing/PersonValues.h"
#include "core/thing/TypedThing.h"

namespace hearth {

// One result of a lab test results thing, with the name of its group.
struct LabTestResult
{
    QString groupName;
    QString name;
    std::optional<ApproxDateTime> when;
    std::optional<CodableValue> clinicalCode;
    std::optional<GeneralMeasurement> measurement;
    QList<CodableValue> flags;
    std::optional<CodableValue> status;
    QString note;
};

// Lab test results, version 2 (5800eab5-...): groups of results (with
// sub-groups), each a measurement with ranges and flags.
class LabTestResults : public TypedThing
{
public:
    static QUuid typeId();
    LabTestResults();
    static std::optional<LabTestResults> fromThing(Thing thing);

    std::optional<ApproxDateTime> when() const;
    void setWhen(const std::optional<ApproxDateTime> &value);
    std::optional<OrganizationInfo> orderedBy() const;
    void setOrderedBy(const std::optional<OrganizationInfo> &value);

    // Every result of every group and sub-group, in document order.
    QList<LabTestResult> results() const;
    // Appends a group holding these results.
    void addGroup(const CodableValue &groupName, const QList<LabTestResult> &results);

    // "Complete blood count (3 results)"
    QString summary() const;

protected:
    const XmlOrder &order() const override;

private:
    explicit LabTestResults(Thing thing)
        : TypedThing(std::move(thing))
    { }
};

} // namespace hearth
