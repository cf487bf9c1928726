#include "ui/editors/ThingEditing.h"

#include "core/thing/Allergy.h"
#include "core/thing/BloodGlucose.h"
#include "core/thing/BloodPressure.h"
#include "core/thing/Condition.h"
#include "core/thing/Contact.h"
#include "core/thing/Exercise.h"
#include "core/thing/File.h"
#include "core/thing/HealthGoal.h"
#include "core/thing/Height.h"
#include "core/thing/Immunization.h"
#include "core/thing/LabTestResults.h"
#include "core/thing/MedicalImageStudy.h"
#include "core/thing/Medication.h"
#include "core/thing/Plan.h"
#include "core/thing/Procedure.h"
#include "core/thing/SleepJournalAm.h"
#include "core/thing/Task.h"
#include "core/thing/ThingTypeRegistry.h"
#include "core/thing/Weight.h"
#include "ui/editors/AllergyForm.h"
#include "ui/editors/BloodPressureForm.h"
#include "ui/editors/FieldsForm.h"
#include "ui/editors/MedicationForm.h"
#include "ui/editors/ThingCommands.h"
#include "ui/editors/ThingEditorDialog.h"
#include "ui/editors/WeightForm.h"

#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

namespace hearth::ui {

namespace {

std::optional<Thing> newThing(const QUuid &typeId)
{
    if (typeId == Weight::typeId())
        return Weight().thing();
    if (typeId == BloodPressure::typeId())
        return BloodPressure().thing();
    if (typeId == Medication::typeId())
        return Medication().thing();
    if (typeId == Allergy::typeId())
        return Allergy().thing();
    return std::nullopt;
}

} // namespace

ThingEditing::ThingEditing(ThingRepository *repository, QUndoStack *undoStack, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_undoStack(undoStack)
{ }

QList<QUuid> ThingEditing::editableTypes()
{
    return { Weight::typeId(), BloodPressure::typeId(), Medication::typeId(), Allergy::typeId() };
}

ThingForm *ThingEditing::createForm(const QUuid &typeId)
{
    if (typeId == Weight::typeId())
        return new WeightForm;
    if (typeId == BloodPressure::typeId())
        return new BloodPressureForm;
    if (typeId == Medication::typeId() || Medication::olderTypeIds().contains(typeId))
        return new MedicationForm;
    if (typeId == Allergy::typeId())
        return new AllergyForm;
    return new FieldsForm;
}

QString ThingEditing::typeTitle(const QUuid &typeId)
{
    if (typeId == Weight::typeId())
        return tr("Weight");
    if (typeId == BloodPressure::typeId())
        return tr("Blood pressure");
    if (typeId == Medication::typeId() || Medication::olderTypeIds().contains(typeId))
        return tr("Medication");
    if (typeId == Allergy::typeId())
        return tr("Allergy");
    const QList<QPair<QUuid, QString>> others {
        { Condition::typeId(), tr("Condition") },
        { Immunization::typeId(), tr("Immunization") },
        { Procedure::typeId(), tr("Procedure") },
        { LabTestResults::typeId(), tr("Lab results") },
        { Height::typeId(), tr("Height") },
        { BloodGlucose::typeId(), tr("Blood glucose") },
        { Contact::typeId(), tr("Contact") },
        { Exercise::typeId(), tr("Exercise") },
        { SleepJournalAm::typeId(), tr("Sleep") },
        { File::typeId(), tr("Document") },
        { MedicalImageStudy::typeId(), tr("Medical images") },
        { HealthGoal::typeId(), tr("Goal") },
        { Plan::typeId(), tr("Plan") },
        { Task::typeId(), tr("Task") },
    };
    for (const auto &[id, title] : others) {
        if (id == typeId)
            return title;
    }
    const ThingTypeInfo *info = ThingTypeRegistry::find(typeId);
    return info ? info->name : tr("Entry of an unknown type");
}

ThingEditorDialog *ThingEditing::create(const QUuid &typeId, QWidget *parent)
{
    const std::optional<Thing> thing = newThing(typeId);
    return thing ? open(*thing, true, parent) : nullptr;
}

ThingEditorDialog *ThingEditing::edit(const Thing &thing, QWidget *parent)
{
    return open(thing, false, parent);
}

ThingEditorDialog *ThingEditing::open(const Thing &thing, bool isNew, QWidget *parent)
{
    ThingForm *form = createForm(thing.typeId());
    form->load(thing);
    auto *dialog = new ThingEditorDialog(form, isNew, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, form, thing, isNew] {
        if (form->isReadOnly())
            return;
        const QString title = form->typeTitle();
        if (isNew) {
            m_undoStack->push(new PutThingCommand(
                m_repository, std::nullopt, form->result(), tr("Add %1").arg(title)));
        } else {
            m_undoStack->push(
                new PutThingCommand(m_repository, thing, form->result(), tr("Edit %1").arg(title)));
        }
    });
    dialog->open();
    return dialog;
}

QMessageBox *ThingEditing::remove(const Thing &thing, QWidget *parent)
{
    auto *box = new QMessageBox(parent);
    box->setObjectName(QStringLiteral("confirmDelete"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Question);
    box->setWindowTitle(tr("Delete entry"));
    box->setText(tr("Delete “%1”?").arg(ThingTypeRegistry::summary(thing)));
    box->setInformativeText(tr("You can undo this with Edit › Undo."));
    box->setAccessibleName(tr("Confirm deletion"));
    QPushButton *remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("deleteButton"));
    remove->setAccessibleName(tr("Delete"));
    QPushButton *keep = box->addButton(QMessageBox::Cancel);
    keep->setAccessibleName(tr("Cancel"));
    box->setDefaultButton(keep);
    box->setWindowModality(Qt::WindowModal);
    connect(remove, &QPushButton::clicked, this, [this, thing] {
        m_undoStack->push(new RemoveThingCommand(
            m_repository, thing, tr("Delete %1").arg(typeTitle(thing.typeId()))));
    });
    box->open();
    return box;
}

} // namespace hearth::ui
