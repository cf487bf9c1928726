#include "ui/editors/AllergyForm.h"

#include "core/thing/Allergy.h"
#include "ui/editors/ApproxDateEdit.h"
#include "ui/editors/CodableValueEdit.h"
#include "ui/editors/Suggestions.h"
#include "ui/editors/ThingEditing.h"

namespace hearth::ui {

namespace {

std::optional<CodableValue> codable(const CodableValueEdit *field)
{
    const CodableValue value = field->value();
    return value.isEmpty() ? std::nullopt : std::optional(value);
}

} // namespace

AllergyForm::AllergyForm(QWidget *parent)
    : ThingForm(parent)
    , m_name(new CodableValueEdit)
    , m_reaction(new CodableValueEdit)
    , m_firstObserved(new ApproxDateEdit)
    , m_allergenType(new CodableValueEdit)
    , m_treatment(new CodableValueEdit)
{
    m_name->setVocabulary(Suggestions::allergens());
    m_reaction->setVocabulary(Suggestions::reactions());
    m_allergenType->setVocabulary(Suggestions::allergenTypes());
    addRow(tr("&Allergic to:"), m_name, QStringLiteral("nameField"));
    addRow(tr("&Reaction:"), m_reaction, QStringLiteral("reactionField"));
    addRow(tr("&First noticed:"), m_firstObserved, QStringLiteral("firstObservedField"));
    addRow(tr("&Kind:"), m_allergenType, QStringLiteral("allergenTypeField"));
    addRow(tr("&Treatment:"), m_treatment, QStringLiteral("treatmentField"));
}

QString AllergyForm::typeTitle() const
{
    return ThingEditing::typeTitle(Allergy::typeId());
}

void AllergyForm::fill(const Thing &thing)
{
    const Allergy allergy = Allergy::fromThing(thing).value_or(Allergy());
    m_name->setValue(allergy.name());
    m_reaction->setValue(allergy.reaction().value_or(CodableValue()));
    m_firstObserved->setValue(allergy.firstObserved());
    m_allergenType->setValue(allergy.allergenType().value_or(CodableValue()));
    m_treatment->setValue(allergy.treatment().value_or(CodableValue()));
}

void AllergyForm::check()
{
    if (m_name->value().text.isEmpty())
        setMessage(m_name, tr("Enter what the allergy is to."));
}

Thing AllergyForm::result() const
{
    Allergy allergy = Allergy::fromThing(m_thing).value_or(Allergy());
    allergy.setName(m_name->value());
    allergy.setReaction(codable(m_reaction));
    allergy.setFirstObserved(m_firstObserved->value());
    allergy.setAllergenType(codable(m_allergenType));
    allergy.setTreatment(codable(m_treatment));
    return allergy.thing();
}

} // namespace hearth::ui
