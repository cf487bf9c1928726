// The building blocks of the editors: approximate dates, codable values with
// free text, numbers with units kept as typed, undo commands over a
// repository, and the read-only view of a thing of an unknown type.

#include "tests/ui/MemoryRepository.h"
#include "ui/editors/ApproxDateEdit.h"
#include "ui/editors/CodableValueEdit.h"
#include "ui/editors/FieldsForm.h"
#include "ui/editors/MeasurementEdit.h"
#include "ui/editors/ThingCommands.h"
#include "ui/editors/ThingEditorDialog.h"
#include "ui/editors/ThingRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace hearth;
using namespace hearth::ui;

namespace {

using hearth::test::MemoryRepository;

const QUuid kUnknownType(QStringLiteral("{11111111-2222-3333-4444-555555555555}"));

Thing noteThing(const QString &note)
{
    auto thing = Thing::fromDataXml(kUnknownType,
        QByteArrayLiteral("<sky-colour><shade units=\"nm\">470</shade><name>blue</name>"
                          "</sky-colour>"));
    thing->setNote(note);
    return *thing;
}

} // namespace

class TestEditorFields : public QObject
{
    Q_OBJECT
private slots:
    void approximateDates_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("stored"); // ApproxDateTime::toString()
        QTest::addColumn<bool>("structured");
        QTest::newRow("iso day") << "2019-03-05"
                                 << "2019-03-05" << true;
        QTest::newRow("iso month") << "2019-03"
                                   << "2019-03" << true;
        QTest::newRow("year") << "2019"
                              << "2019" << true;
        QTest::newRow("month name") << "March 2019"
                                    << "2019-03" << true;
        QTest::newRow("short month") << "Mar 2019"
                                     << "2019-03" << true;
        QTest::newRow("day month year") << "5 March 2019"
                                        << "2019-03-05" << true;
        QTest::newRow("season") << "summer 2019"
                                << "summer 2019" << false;
        QTest::newRow("words") << " as a   child "
                               << "as a child" << false;
        QTest::newRow("not a day") << "2019-02-30"
                                   << "2019-02-30" << false;
    }
    void approximateDates()
    {
        QFETCH(QString, typed);
        QFETCH(QString, stored);
        QFETCH(bool, structured);
        const auto value = ApproxDateEdit::parse(typed, QLocale(QLocale::English));
        QVERIFY(value);
        QCOMPARE(value->isStructured(), structured);
        QCOMPARE(value->toString(), stored);
    }

    void germanDatesAndRoundTrip()
    {
        const QLocale german(QLocale::German, QLocale::Germany);
        QCOMPARE(ApproxDateEdit::parse(QStringLiteral("5.3.2019"), german)->toString(),
            QStringLiteral("2019-03-05"));
        QCOMPARE(ApproxDateEdit::parse(QStringLiteral("März 2019"), german)->toString(),
            QStringLiteral("2019-03"));
        QVERIFY(!ApproxDateEdit::parse(QStringLiteral("   "), german));

        ApproxDateEdit edit;
        edit.setLocale(QLocale(QLocale::English));
        edit.setValue(ApproxDateEdit::parse(QStringLiteral("Mar 2019"), edit.locale()));
        QCOMPARE(edit.text(), QStringLiteral("March 2019"));
        QCOMPARE(edit.value()->toString(), QStringLiteral("2019-03"));
        edit.setValue(ApproxDateTime::fromText(QStringLiteral("summer 2019")));
        QCOMPARE(edit.text(), QStringLiteral("summer 2019"));
        QVERIFY(ApproxDateEdit::describe(*edit.value(), edit.locale()).contains("summer 2019"));
    }

    void codableValuesKeepCodesAndFreeText()
    {
        const CodableValue penicillin(QStringLiteral("Penicillin"),
            { { QStringLiteral("7980"), QStringLiteral("RxNorm"), QStringLiteral("RxNorm"), {} } });
        CodableValueEdit edit;
        edit.setVocabulary({ penicillin, CodableValue(QStringLiteral("Peanuts")) });
        QTest::keyClicks(&edit, QStringLiteral("penicillin"));
        QCOMPARE(edit.value(), penicillin);

        edit.clear();
        QTest::keyClicks(&edit, QStringLiteral("Grandma's cat"));
        QCOMPARE(edit.value(), CodableValue(QStringLiteral("Grandma's cat")));

        // A loaded value keeps its codes until its text changes.
        const CodableValue coded(QStringLiteral("Hay fever"),
            { { QStringLiteral("21719001"), QStringLiteral("Snomed"), QStringLiteral("SNOMED"),
                {} } });
        edit.setValue(coded);
        QCOMPARE(edit.value(), coded);
        edit.setText(QStringLiteral("Hay fever (spring)"));
        QVERIFY(edit.value().codes.isEmpty());
        edit.clear();
        QVERIFY(edit.value().isEmpty());
    }

    void measurementKeepsTheNumberAsTyped()
    {
        MeasurementEdit edit;
        edit.setUnits({ QStringLiteral("kg"), QStringLiteral("lb") });
        edit.setLocale(QLocale(QLocale::German, QLocale::Germany));
        QTest::keyClicks(edit.numberField(), QStringLiteral("72,5"));
        QCOMPARE(edit.number(), 72.5);
        edit.setText(QStringLiteral("160"));
        edit.setUnit(QStringLiteral("LB"));
        QCOMPARE(edit.unit(), QStringLiteral("lb"));
        QCOMPARE(edit.text(), QStringLiteral("160"));
        QCOMPARE(edit.number(), 160.0);
        edit.setText(QStringLiteral("seventy"));
        QVERIFY(!edit.number());
        edit.setNumber(72.50, 2);
        QCOMPARE(edit.text(), QStringLiteral("72,5"));
    }

    void commandsCreateEditDeleteAndUndo()
    {
        MemoryRepository repository;
        QUndoStack stack;
        auto *create = new PutThingCommand(
            &repository, std::nullopt, noteThing(QStringLiteral("first")), QStringLiteral("Add"));
        stack.push(create);
        QCOMPARE(repository.current.size(), 1);
        const QUuid id = create->thingId();
        QVERIFY(!id.isNull());

        Thing edited = repository.current.value(id);
        const Thing before = edited;
        edited.setNote(QStringLiteral("second"));
        stack.push(new PutThingCommand(&repository, before, edited, QStringLiteral("Edit")));
        QCOMPARE(repository.current.value(id).note(), QStringLiteral("second"));

        stack.push(new RemoveThingCommand(
            &repository, repository.current.value(id), QStringLiteral("Delete")));
        QVERIFY(repository.current.isEmpty());

        stack.undo(); // delete
        QCOMPARE(repository.current.value(id).note(), QStringLiteral("second"));
        stack.undo(); // edit
        QCOMPARE(repository.current.value(id).note(), QStringLiteral("first"));
        stack.undo(); // create
        QVERIFY(repository.current.isEmpty());
        stack.redo();
        QCOMPARE(repository.current.value(id).note(), QStringLiteral("first"));
        stack.redo();
        QCOMPARE(repository.current.value(id).note(), QStringLiteral("second"));
    }

    void aFailedWriteLeavesNothingToUndo()
    {
        MemoryRepository repository;
        repository.refuse = true;
        QSignalSpy failed(&repository, &ThingRepository::failed);
        QUndoStack stack;
        stack.push(new PutThingCommand(
            &repository, std::nullopt, noteThing(QStringLiteral("x")), QStringLiteral("Add")));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(stack.count(), 0);
        QVERIFY(!stack.canUndo());
    }

    void anUnknownTypeShowsItsFieldsReadOnly()
    {
        auto *form = new FieldsForm;
        form->load(noteThing(QStringLiteral("n")));
        ThingEditorDialog dialog(form, false);
        QVERIFY(form->lines().contains(QStringLiteral("shade: 470")));
        QVERIFY(form->lines().contains(QStringLiteral("shade [units]: nm")));
        QVERIFY(form->lines().contains(QStringLiteral("name: blue")));
        QVERIFY(!dialog.notice()->isHidden());
        QVERIFY(dialog.notice()->text().contains(QStringLiteral("no editor")));
        QCOMPARE(dialog.buttons()->standardButtons(), QDialogButtonBox::Close);
    }

    void aReadOnlyThingSaysWhy()
    {
        Thing thing = noteThing(QStringLiteral("n"));
        thing.setFlags(ReadOnlyFlag);
        QVERIFY(FieldsForm::readOnlyReason(thing).contains(QStringLiteral("read-only")));
        auto *form = new FieldsForm;
        form->load(thing);
        ThingEditorDialog dialog(form, false);
        QVERIFY(dialog.notice()->text().contains(QStringLiteral("read-only")));
        QVERIFY(FieldsForm::readOnlyReason(noteThing(QStringLiteral("n"))).isEmpty());
    }
};

QTEST_MAIN(TestEditorFields)
#include "tst_editorfields.moc"
