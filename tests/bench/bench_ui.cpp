// bench_ui: how fast the desktop app reacts with a large record. Builds an
// encrypted store with a record of 100,000 things (ten years of daily
// weights, the rest immunizations) and 9 small records, then measures, each
// against an in-process baseline of the same work on a small record:
//   - switching records until the list is painted (target < 150 ms),
//   - opening the weight chart of 10 years of daily weights (< 100 ms),
//   - scrolling the whole list page by page (no step over 50 ms),
//   - building and painting the main window (< 1 s).
// Run under a display: scripts/test-session.sh env QT_QPA_PLATFORM=xcb
// build/release/bin/bench_ui

#include "core/Clock.h"
#include "core/Settings.h"
#include "core/store/KeyMaterial.h"
#include "core/store/Store.h"
#include "core/store/ThingIndex.h"
#include "core/thing/Immunization.h"
#include "core/thing/ThingTypeRegistry.h"
#include "core/thing/Weight.h"
#include "ui/MainWindow.h"
#include "ui/Navigator.h"
#include "ui/charts/MeasurementChart.h"
#include "ui/pages/MeasurementsPage.h"
#include "ui/pages/ThingListPage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <cstdio>
#include <ctime>

using namespace hearth;
using namespace hearth::ui;

namespace {

const QDate kToday(2024, 6, 30);

bool addThing(Store &store, qint64 record, Thing thing, StoreError *error)
{
    thing.setKey(QUuid::createUuid(), QUuid::createUuid().toString(QUuid::WithoutBraces));
    thing.setEffectiveDate(ThingTypeRegistry::effectiveDate(thing));
    ThingRow row = ThingIndex::rowFor(record, thing, QDateTime(kToday, QTime(12, 0)));
    row.xml = thing.toXml();
    return store.putThing(row, error);
}

qint64 addRecord(Store &store, const QString &name, int weights, int immunizations)
{
    StoreError error;
    qint64 id = 0;
    store.transaction(
        [&] {
            RecordRow row;
            row.recordId = QUuid::createUuid();
            row.personId = QUuid::createUuid();
            row.personName = name;
            row.displayName = name;
            const auto added = store.putRecord(row, &error);
            if (!added)
                return false;
            id = *added;
            for (int day = 0; day < weights; ++day) {
                Weight weight;
                weight.setWhen(HealthDateTime(kToday.addDays(-day), QTime(7, 0)));
                weight.setValue(WeightValue::fromUnit(70 + (day % 50) / 10.0, MassUnit::Kilogram));
                if (!addThing(store, id, weight.thing(), &error))
                    return false;
            }
            for (int i = 0; i < immunizations; ++i) {
                Immunization immunization;
                immunization.setName(CodableValue(QStringLiteral("Vaccine %1").arg(i)));
                immunization.setAdministrationDate(
                    ApproxDateTime::fromDate(kToday.addDays(-(i % 20000))));
                if (!addThing(store, id, immunization.thing(), &error))
                    return false;
            }
            return true;
        },
        &error);
    if (id == 0)
        std::fprintf(stderr, "could not fill the store: %s\n", qPrintable(error.message));
    return id;
}

double ms(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

// CPU time of this thread: the app's own work in a step, without the time
// other processes on the shared machine took the core away.
double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

void report(const char *what, double value, double baseline, double target)
{
    std::printf("%-44s %9.1f ms  baseline %7.1f ms  ratio %6.1f  target < %5.0f ms  %s\n", what,
        value, baseline, baseline > 0 ? value / baseline : 0.0, target,
        value < target ? "ok" : "MISSED");
}

// Switches the window to `record` and waits until the current page is painted.
double switchTo(MainWindow &window, qint64 record)
{
    QElapsedTimer timer;
    timer.start();
    window.showRecord(record);
    window.repaint();
    return ms(timer);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    FixedClock clock(QDateTime(kToday, QTime(12, 0)));
    StoreError error;
    auto store = Store::open(
        dir.filePath(QStringLiteral("bench.db")), KeyMaterial::randomKey(), clock, &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 1;
    }
    QElapsedTimer fill;
    fill.start();
    const int weights = 3653; // ten years of daily weights
    const qint64 big = addRecord(*store, QStringLiteral("Large record"), weights, 100000 - weights);
    QList<qint64> small;
    for (int i = 1; i <= 9; ++i)
        small << addRecord(*store, QStringLiteral("Record %1").arg(i), 30, 30);
    if (big == 0 || small.contains(0))
        return 1;
    std::printf("store filled with 100,000 + 9 x 60 things in %.1f s (not measured)\n\n",
        fill.elapsed() / 1000.0);

    // Start: a plain window as baseline, then Hearth's main window.
    QElapsedTimer timer;
    timer.start();
    {
        QMainWindow plain;
        plain.setCentralWidget(new QLabel(QStringLiteral("baseline")));
        plain.resize(1000, 680);
        plain.show();
        if (!QTest::qWaitForWindowExposed(&plain))
            return 1;
        plain.repaint();
    }
    const double plainStart = ms(timer);
    Settings settings(dir.filePath(QStringLiteral("bench.ini")));
    timer.restart();
    MainWindow window(&settings, store.get());
    const double constructed = ms(timer);
    window.resize(1000, 680);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    window.repaint();
    const double windowStart = ms(timer);
    std::printf("main window: built in %.1f ms, shown and painted %.1f ms later\n", constructed,
        windowStart - constructed);

    // Record switch to a painted list of 100,000 things.
    window.navigator()->setCurrentPage(Navigator::Page::Immunizations);
    switchTo(window, small.at(0));
    const double smallSwitch = switchTo(window, small.at(1));
    switchTo(window, small.at(0));
    const double bigSwitch = switchTo(window, big);
    ThingListPage *list = window.listPage(int(Navigator::Page::Immunizations));

    // The weight chart of ten years of daily weights, against one month.
    MeasurementChart chart;
    chart.resize(900, 500);
    chart.show();
    if (!QTest::qWaitForWindowExposed(&chart))
        return 1;
    timer.restart();
    chart.setSeries(MeasurementsPage::load(store.get(), small.at(0), MeasurementKind::Weight));
    chart.setRange(MeasurementChart::Range::All);
    chart.repaint();
    const double smallChart = ms(timer);
    timer.restart();
    chart.setSeries(MeasurementsPage::load(store.get(), big, MeasurementKind::Weight));
    chart.setRange(MeasurementChart::Range::All);
    chart.repaint();
    const double bigChart = ms(timer);

    // Scroll the whole list a page at a time; the list loads as it goes.
    QScrollBar *bar = list->view()->verticalScrollBar();
    double worstStep = 0;
    double firstSteps = 0;
    double worstCpu = 0;
    double firstCpu = 0;
    int steps = 0;
    QElapsedTimer total;
    total.start();
    while (true) {
        timer.restart();
        const double cpuStart = threadCpuMs();
        bar->setValue(bar->value() + bar->pageStep());
        QCoreApplication::processEvents();
        list->view()->viewport()->repaint();
        const double step = ms(timer);
        const double cpu = threadCpuMs() - cpuStart;
        worstStep = std::max(worstStep, step);
        worstCpu = std::max(worstCpu, cpu);
        if (steps < 20) {
            firstSteps += step;
            firstCpu += cpu;
        }
        ++steps;
        if (bar->value() >= bar->maximum() && !list->view()->model()->canFetchMore({}))
            break;
    }
    const double scrollTotal = ms(total);

    std::printf("%d rows listed after scrolling, %d page steps in %.1f s\n\n",
        list->view()->model()->rowCount(), steps, scrollTotal / 1000.0);
    report("start to first painted main window", windowStart, plainStart, 1000);
    report("switch to 100,000-thing record, list painted", bigSwitch, smallSwitch, 150);
    report("weight chart, 10 years daily (3,653 points)", bigChart, smallChart, 100);
    report("worst scroll step (baseline: mean of first 20)", worstStep, firstSteps / 20, 50);
    report("  the same in thread CPU time", worstCpu, firstCpu / 20, 50);
    return 0;
}
