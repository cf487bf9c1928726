// Drives the real editor dialogs as a person would: create, edit, undo,
// redo and delete a weight, a medication and an allergy; validation
// messages next to the field; read-only things say why.

#include "core/thing/Allergy.h"
#include "core/thing/BloodPressure.h"
#include "core/thing/Medication.h"
#include "core/thing/Weight.h"
#include "tests/common/Screenshot.h"
#include "tests/ui/MemoryRepository.h"
#include "ui/editors/MeasurementEdit.h"
#include "ui/editors/ThingEditing.h"
#include "ui/editors/ThingEditorDialog.h"
#include "ui/editors/ThingForm.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

using namespace hearth;
using namespace hearth::ui;
using hearth::test::MemoryRepository;

namespace {

QLineEdit *line(QDialog *dialog, const char *name)
{
    return dialog->findChild<QLineEdit *>(QLatin1String(name));
}

void type(QDialog *dialog, const char *name, const QString &text)
{
    QLineEdit *field = line(dialog, name);
    QVERIFY2(field, name);
    field->clear();
    QTest::keyClicks(field, text);
}

QString message(QDialog *dialog, const char *field)
{
    auto *label = dialog->findChild<QLabel *>(QLatin1String(field) + QStringLiteral("Message"));
    return label && label->isVisible() ? label->text() : QString();
}

void save(QDialog *dialog)
{
    QTest::mouseClick(
        dialog->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
}

} // namespace

class TestThingEditors : public QObject
{
    Q_OBJECT
private:
    QWidget m_window;
    MemoryRepository m_repository;
    QUndoStack m_stack;
    ThingEditing m_editing { &m_repository, &m_stack };

    Thing only() const { return m_repository.current.first(); }

private slots:
    void init()
    {
        m_repository.current.clear();
        m_stack.clear();
        m_window.resize(600, 400);
        m_window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&m_window));
    }

    void weightCreateEditUndoDelete()
    {
        QPointer<ThingEditorDialog> dialog = m_editing.create(Weight::typeId(), &m_window);
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        // Nothing typed: the message sits under the weight and the dialog stays.
        save(dialog);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(message(dialog, "weightField"),
            QStringLiteral("Enter the weight as a number, e.g. 72.5."));
        QVERIFY(m_repository.current.isEmpty());

        auto *weight = dialog->findChild<MeasurementEdit *>(QStringLiteral("weightField"));
        QTest::keyClicks(weight->numberField(), QStringLiteral("160"));
        weight->setUnit(QStringLiteral("lb"));
        hearth::test::saveScreenshot(dialog, QStringLiteral("editor-weight"));
        save(dialog);
        QTRY_VERIFY(!dialog);
        QCOMPARE(m_repository.current.size(), 1);
        const auto created = Weight::fromThing(only());
        QVERIFY(created);
        QCOMPARE(created->summary(), QStringLiteral("160 lb"));
        QVERIFY(qAbs(created->value().kilograms() - 72.57472) < 0.001);
        QCOMPARE(m_stack.undoText(), QStringLiteral("Add Weight"));

        // Edit: the typed value and unit come back, a new one is kept as typed.
        dialog = m_editing.edit(only(), &m_window);
        weight = dialog->findChild<MeasurementEdit *>(QStringLiteral("weightField"));
        QCOMPARE(weight->text(), QStringLiteral("160"));
        QCOMPARE(weight->unit(), QStringLiteral("lb"));
        weight->setText(QStringLiteral("158.5"));
        save(dialog);
        QTRY_VERIFY(!dialog);
        QCOMPARE(Weight::fromThing(only())->summary(), QStringLiteral("158.5 lb"));

        m_stack.undo();
        QCOMPARE(Weight::fromThing(only())->summary(), QStringLiteral("160 lb"));
        m_stack.redo();
        QCOMPARE(Weight::fromThing(only())->summary(), QStringLiteral("158.5 lb"));

        // Delete asks first; Cancel keeps it, Delete removes it, undo restores.
        QPointer<QMessageBox> ask = m_editing.remove(only(), &m_window);
        QVERIFY(ask->text().contains(QStringLiteral("158.5 lb")));
        ask->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!ask);
        QCOMPARE(m_repository.current.size(), 1);
        ask = m_editing.remove(only(), &m_window);
        QTest::mouseClick(
            ask->findChild<QPushButton *>(QStringLiteral("deleteButton")), Qt::LeftButton);
        QTRY_VERIFY(!ask);
        QVERIFY(m_repository.current.isEmpty());
        QCOMPARE(m_stack.undoText(), QStringLiteral("Delete Weight"));
        m_stack.undo();
        QCOMPARE(Weight::fromThing(only())->summary(), QStringLiteral("158.5 lb"));
    }

    void medicationWithCodeFreeTextAndApproximateDates()
    {
        QPointer<ThingEditorDialog> dialog = m_editing.create(Medication::typeId(), &m_window);
        type(dialog, "nameField", QStringLiteral("lisinopril"));
        type(dialog, "strengthField", QStringLiteral("10 mg"));
        type(dialog, "frequencyField", QStringLiteral("once daily"));
        type(dialog, "routeField", QStringLiteral("By mouth"));
        type(dialog, "startedField", QStringLiteral("March 2019"));
        type(dialog, "stoppedField", QStringLiteral("2018"));
        save(dialog);
        QVERIFY(dialog);
        QCOMPARE(message(dialog, "stoppedField"),
            QStringLiteral("The medication cannot stop before it started."));
        QCOMPARE(dialog->focusWidget(), line(dialog, "stoppedField"));
        type(dialog, "stoppedField", QString());
        hearth::test::saveScreenshot(dialog, QStringLiteral("editor-medication"));
        save(dialog);
        QTRY_VERIFY(!dialog);

        const auto medication = Medication::fromThing(only());
        QVERIFY(medication);
        QCOMPARE(medication->summary(), QStringLiteral("Lisinopril 10 mg once daily"));
        QVERIFY(medication->name().code(QStringLiteral("RxNorm")));
        QCOMPARE(medication->name().code(QStringLiteral("RxNorm"))->value, QStringLiteral("29046"));
        QCOMPARE(medication->dateStarted()->toString(), QStringLiteral("2019-03"));
        QVERIFY(!medication->dateDiscontinued());

        dialog = m_editing.edit(only(), &m_window);
        QCOMPARE(line(dialog, "startedField")->text(), QStringLiteral("March 2019"));
        type(dialog, "frequencyField", QStringLiteral("twice daily"));
        save(dialog);
        QTRY_VERIFY(!dialog);
        QCOMPARE(Medication::fromThing(only())->summary(),
            QStringLiteral("Lisinopril 10 mg twice daily"));
        m_stack.undo();
        QCOMPARE(Medication::fromThing(only())->summary(),
            QStringLiteral("Lisinopril 10 mg once daily"));
        m_stack.undo();
        QVERIFY(m_repository.current.isEmpty());
    }

    void allergyWithFreeTextAndSeason()
    {
        QPointer<ThingEditorDialog> dialog = m_editing.create(Allergy::typeId(), &m_window);
        save(dialog);
        QCOMPARE(message(dialog, "nameField"), QStringLiteral("Enter what the allergy is to."));
        type(dialog, "nameField", QStringLiteral("Grandma's cat"));
        type(dialog, "reactionField", QStringLiteral("Hives"));
        type(dialog, "firstObservedField", QStringLiteral("summer 2019"));
        save(dialog);
        QTRY_VERIFY(!dialog);
        const auto allergy = Allergy::fromThing(only());
        QCOMPARE(allergy->name(), CodableValue(QStringLiteral("Grandma's cat")));
        QCOMPARE(allergy->reaction()->text, QStringLiteral("Hives"));
        QVERIFY(!allergy->firstObserved()->isStructured());
        QCOMPARE(allergy->firstObserved()->descriptive, QStringLiteral("summer 2019"));

        QPointer<QMessageBox> ask = m_editing.remove(only(), &m_window);
        QTest::mouseClick(
            ask->findChild<QPushButton *>(QStringLiteral("deleteButton")), Qt::LeftButton);
        QVERIFY(m_repository.current.isEmpty());
        m_stack.undo();
        QCOMPARE(Allergy::fromThing(only())->name().text, QStringLiteral("Grandma's cat"));
    }

    void bloodPressureChecksThePair()
    {
        QPointer<ThingEditorDialog> dialog = m_editing.create(BloodPressure::typeId(), &m_window);
        type(dialog, "systolicField", QStringLiteral("80"));
        type(dialog, "diastolicField", QStringLiteral("90"));
        type(dialog, "pulseField", QStringLiteral("abc"));
        save(dialog);
        QCOMPARE(message(dialog, "diastolicField"),
            QStringLiteral("The diastolic value must be lower than the systolic one."));
        QVERIFY(!message(dialog, "pulseField").isEmpty());
        QVERIFY(message(dialog, "systolicField").isEmpty());
        type(dialog, "systolicField", QStringLiteral("128"));
        type(dialog, "diastolicField", QStringLiteral("84"));
        type(dialog, "pulseField", QStringLiteral("66"));
        save(dialog);
        QTRY_VERIFY(!dialog);
        const auto pressure = BloodPressure::fromThing(only());
        QCOMPARE(pressure->summary(), QStringLiteral("128/84 mmHg"));
        QCOMPARE(pressure->pulse(), 66);
    }

    void aReadOnlyWeightCannotBeSaved()
    {
        Weight weight;
        weight.setWhen(HealthDateTime(QDate(2024, 1, 2)));
        weight.setValue(WeightValue::fromUnit(70, MassUnit::Kilogram));
        Thing thing = weight.thing();
        thing.setFlags(ReadOnlyFlag);
        QPointer<ThingEditorDialog> dialog = m_editing.edit(thing, &m_window);
        QVERIFY(dialog->notice()->isVisible());
        QVERIFY(dialog->notice()->text().contains(QStringLiteral("read-only")));
        QCOMPARE(dialog->buttons()->standardButtons(), QDialogButtonBox::Close);
        auto *value = dialog->findChild<MeasurementEdit *>(QStringLiteral("weightField"));
        QVERIFY(value->numberField()->isReadOnly());
        QCOMPARE(value->text(), QStringLiteral("70"));
        dialog->buttons()->button(QDialogButtonBox::Close)->click();
        QTRY_VERIFY(!dialog);
        QVERIFY(m_repository.current.isEmpty());
        QCOMPARE(m_stack.count(), 0);
    }
};

QTEST_MAIN(TestThingEditors)
#include "tst_thingeditors.moc"
