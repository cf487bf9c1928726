#include "ui/pages/SummaryPage.h"

#include "core/store/Store.h"
#include "core/thing/Allergy.h"
#include "core/thing/Condition.h"
#include "core/thing/Medication.h"
#include "core/thing/ThingTypeRegistry.h"
#include "ui/charts/MeasurementKinds.h"
#include "ui/editors/ThingEditing.h"
#include "ui/pages/MeasurementsPage.h"
#include "ui/pages/RecordReader.h"
#include "ui/pages/ThingTableModel.h"

#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QTimer>
#include <QVBoxLayout>

namespace hearth::ui {

SummaryPage::SummaryPage(Store *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_grid(new QGridLayout)
    , m_refresh(new QTimer(this))
{
    setAccessibleName(tr("Summary"));
    auto *heading = new QLabel(tr("Summary"));
    heading->setObjectName(QStringLiteral("pageHeading"));
    heading->setAccessibleName(tr("Page heading"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    heading->setFont(font);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(m_grid, 1);
    m_vitals = addSection(tr("Latest vitals"), QStringLiteral("summaryVitals"), 0, 0);
    m_medications
        = addSection(tr("Current medications"), QStringLiteral("summaryMedications"), 0, 1);
    m_allergies = addSection(tr("Allergies"), QStringLiteral("summaryAllergies"), 2, 0);
    m_conditions = addSection(tr("Active conditions"), QStringLiteral("summaryConditions"), 2, 1);
    m_recent = addSection(tr("Recent entries"), QStringLiteral("summaryRecent"), 4, 0);
    m_grid->addWidget(m_recent, 5, 0, 1, 2);

    m_refresh->setSingleShot(true);
    m_refresh->setInterval(150);
    connect(m_refresh, &QTimer::timeout, this, &SummaryPage::reload);
    connect(store, &Store::thingAdded, m_refresh, qOverload<>(&QTimer::start));
    connect(store, &Store::thingChanged, m_refresh, qOverload<>(&QTimer::start));
    connect(store, &Store::thingRemoved, m_refresh, qOverload<>(&QTimer::start));
}

QListWidget *SummaryPage::addSection(
    const QString &title, const QString &objectName, int row, int column)
{
    auto *caption = new QLabel(title);
    QFont font = caption->font();
    font.setBold(true);
    caption->setFont(font);
    caption->setAccessibleName(title);
    auto *list = new QListWidget;
    list->setObjectName(objectName);
    list->setAccessibleName(title);
    caption->setBuddy(list);
    m_grid->addWidget(caption, row, column);
    m_grid->addWidget(list, row + 1, column);
    return list;
}

void SummaryPage::setRecord(qint64 record)
{
    m_record = record;
    reload();
}

void SummaryPage::reload()
{
    for (QListWidget *list : { m_vitals, m_medications, m_allergies, m_conditions, m_recent })
        list->clear();
    if (m_record <= 0)
        return;

    const QLocale locale;
    for (const auto &[kind, type] : MeasurementsPage::chartedKinds()) {
        ThingQuery query;
        query.record = m_record;
        query.types = { type };
        query.state = QStringLiteral("Active");
        const QList<ThingRow> latest = m_store->things(query, {}, 0, 2, true);
        if (latest.isEmpty())
            continue;
        const auto thing = Thing::fromXml(latest.first().xml);
        QString arrow;
        QString trend = tr("first measurement");
        if (latest.size() == 2 && latest.at(0).value1 && latest.at(1).value1) {
            const double change = *latest.at(0).value1 - *latest.at(1).value1;
            const double threshold = std::abs(*latest.at(1).value1) * 0.005;
            arrow = change > threshold ? QStringLiteral("↑")
                : change < -threshold  ? QStringLiteral("↓")
                                       : QStringLiteral("→");
            trend = change > threshold ? tr("up") : change < -threshold ? tr("down") : tr("steady");
        }
        auto *item = new QListWidgetItem(
            QStringLiteral("%1: %2 %3  (%4)")
                .arg(MeasurementKinds::title(kind),
                    thing ? ThingTypeRegistry::summary(*thing) : QString(), arrow,
                    locale.toString(latest.first().effectiveDate.date(), QLocale::ShortFormat)));
        item->setData(Qt::AccessibleTextRole, tr("%1, %2").arg(item->text(), trend));
        m_vitals->addItem(item);
    }

    const auto fill = [this](QListWidget *list, const QList<QUuid> &types, bool currentOnly,
                          const QString &none) {
        for (const Thing &thing : RecordReader::things(m_store, m_record, types, 500)) {
            if (!currentOnly || ThingTableModel::isCurrent(thing))
                list->addItem(ThingTypeRegistry::summary(thing));
        }
        if (list->count() == 0)
            list->addItem(none);
    };
    fill(m_medications, { Medication::typeId() }, true, tr("No current medications"));
    fill(m_allergies, { Allergy::typeId() }, false, tr("No known allergies"));
    fill(m_conditions, { Condition::typeId() }, true, tr("No active conditions"));

    ThingQuery recent;
    recent.record = m_record;
    recent.state = QStringLiteral("Active");
    for (const ThingRow &row : m_store->things(recent, {}, 0, 8, true)) {
        if (const auto thing = Thing::fromXml(row.xml)) {
            m_recent->addItem(
                QStringLiteral("%1 · %2 · %3")
                    .arg(locale.toString(row.effectiveDate.date(), QLocale::ShortFormat),
                        ThingEditing::typeTitle(row.typeId), ThingTypeRegistry::summary(*thing)));
        }
    }
}

} // namespace hearth::ui
