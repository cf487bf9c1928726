#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUuid>

#include <optional>

namespace hearth {

// A record the signed-in account can see (self, a child, a parent), as the
// record list shows it.
struct RecordRow
{
    enum class Access { Custodian, ViewAndModify, View };

    qint64 id = 0; // local row id
    QUuid recordId;
    QUuid personId;
    QString personName;
    QString displayName;
    QString relationship;
    Access access = Access::View;
    QUuid pictureThingId;
};

// The current version of one thing with the columns the UI filters, sorts and
// charts on; the full XML is kept as the vault sent it.
struct ThingRow
{
    qint64 id = 0; // local row id, assigned by the store
    qint64 record = 0;
    QUuid thingId;
    QString versionStamp;
    QUuid typeId;
    QString state = QStringLiteral("Active");
    QDateTime effectiveDate;
    QDateTime updatedDate;
    // Numeric values of measurements in base units (kg, mmol/L, ...), e.g.
    // systolic/diastolic; empty for things without a number.
    std::optional<double> value1;
    std::optional<double> value2;
    QString searchText;
    QByteArray xml;
};

// What a thing list shows: all filters are optional and combine with AND.
struct ThingQuery
{
    std::optional<qint64> record;
    QList<QUuid> types;
    QDateTime from; // inclusive, by effective date
    QDateTime to; // exclusive
    QString state;
    QString text; // case-insensitive substring of the search text

    bool matches(const ThingRow &row) const;
};

// A local change waiting for the vault, in the order it was made.
struct OutboundChange
{
    enum class Operation { Create, Update, Delete };

    qint64 id = 0;
    qint64 record = 0;
    Operation operation = Operation::Create;
    QUuid thingId;
    QString baseVersionStamp; // the version the change was made on; empty for Create
    QByteArray xml; // empty for Delete
    QDateTime queuedAt;
};

// A thing changed both here and on the vault; both versions stay until the
// user decides.
struct Conflict
{
    qint64 id = 0;
    qint64 record = 0;
    QUuid thingId;
    QString localVersionStamp;
    QByteArray localXml;
    QString remoteVersionStamp;
    QByteArray remoteXml;
    QDateTime detectedAt;
};

// One point of a chart: effective date and value (and the second value of a
// pair, the diastolic of a blood pressure).
struct SeriesPoint
{
    QDateTime when;
    double value = 0;
    std::optional<double> value2;
};

} // namespace hearth

Q_DECLARE_METATYPE(hearth::ThingRow)
