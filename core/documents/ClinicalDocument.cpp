#include "core/documents/ClinicalDocument.h"

namespace hearth {

int ClinicalDocument::count(ItemKind kind) const
{
    int n = 0;
    for (const DocumentItem &item : items) {
        if (item.kind == kind)
            ++n;
    }
    return n;
}

QString itemKindName(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Medication:
        return QStringLiteral("medication");
    case ItemKind::Allergy:
        return QStringLiteral("allergy");
    case ItemKind::Problem:
        return QStringLiteral("problem");
    case ItemKind::Immunization:
        return QStringLiteral("immunization");
    case ItemKind::Procedure:
        return QStringLiteral("procedure");
    case ItemKind::LabResult:
        return QStringLiteral("lab-result");
    case ItemKind::VitalSign:
        return QStringLiteral("vital-sign");
    case ItemKind::Encounter:
        return QStringLiteral("encounter");
    case ItemKind::Contact:
        return QStringLiteral("contact");
    }
    return QString();
}

QString vitalKindName(VitalKind kind)
{
    switch (kind) {
    case VitalKind::None:
        return QString();
    case VitalKind::Weight:
        return QStringLiteral("weight");
    case VitalKind::Height:
        return QStringLiteral("height");
    case VitalKind::Systolic:
        return QStringLiteral("systolic");
    case VitalKind::Diastolic:
        return QStringLiteral("diastolic");
    case VitalKind::HeartRate:
        return QStringLiteral("heart-rate");
    case VitalKind::Temperature:
        return QStringLiteral("temperature");
    case VitalKind::OxygenSaturation:
        return QStringLiteral("oxygen-saturation");
    case VitalKind::RespiratoryRate:
        return QStringLiteral("respiratory-rate");
    case VitalKind::BodyMassIndex:
        return QStringLiteral("body-mass-index");
    case VitalKind::HeadCircumference:
        return QStringLiteral("head-circumference");
    case VitalKind::Other:
        return QStringLiteral("other");
    }
    return QString();
}

} // namespace hearth
