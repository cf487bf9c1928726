#include "core/store/ThingBlobStore.h"

#include "core/store/BlobSource.h"
#include "core/store/Store.h"
#include "core/store/ThingIndex.h"
#include "core/thing/ThingTypeRegistry.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace hearth {

namespace {

const QString kScheme = QStringLiteral("hearth-blob");
const QString kPrefix = QStringLiteral("sha256:");

QString tr(const char *text)
{
    return QCoreApplication::translate("hearth::ThingBlobStore", text);
}

} // namespace

ThingBlobStore::ThingBlobStore(Store &store)
    : m_store(store)
{ }

void ThingBlobStore::setProgressHandler(std::function<void(qint64)> handler)
{
    m_progress = std::move(handler);
}

std::optional<ThingBlob> ThingBlobStore::putFile(
    const QString &fileName, const QString &name, const QString &contentType, StoreError *error)
{
    BlobSource source(fileName);
    source.setCancelFlag(&m_cancel);
    source.setProgressHandler(m_progress);
    if (!source.open(QIODevice::ReadOnly)) {
        *error = { StoreError::Code::Io,
            tr("The file could not be opened: %1").arg(source.errorString()) };
        return std::nullopt;
    }
    const std::optional<QString> hash = m_store.putBlob(source, error);
    if (!hash) {
        if (source.wasCancelled())
            *error = { StoreError::Code::Cancelled, tr("Cancelled. Nothing was stored.") };
        return std::nullopt;
    }
    ThingBlob blob;
    blob.name = name;
    blob.contentType = contentType;
    blob.hashAlgorithm = QStringLiteral("SHA256Block");
    blob.hashBlockSize = BlobSource::hashBlockSize;
    blob.hash = source.sha256BlockHash();
    blob.contentLength = source.size();
    blob.refUrl = localUrl(*hash);
    return blob;
}

bool ThingBlobStore::saveThing(qint64 record, Thing &thing, const QDateTime &now, StoreError *error)
{
    const std::optional<ThingRow> existing
        = thing.id().isNull() ? std::nullopt : m_store.thing(thing.id());
    // A local version stamp until the vault gives its own on sync.
    thing.setKey(thing.id().isNull() ? QUuid::createUuid() : thing.id(),
        QUuid::createUuid().toString(QUuid::WithoutBraces));
    thing.setState(ThingState::Active);
    const QDateTime effective = ThingTypeRegistry::effectiveDate(thing);
    thing.setEffectiveDate(effective.isValid() ? effective : now);
    ThingRow row = ThingIndex::rowFor(record, thing, now);
    row.xml = thing.toXml();
    return m_store.transaction(
        [&] {
            if (!m_store.putThing(row, error))
                return false;
            OutboundChange change;
            change.record = record;
            change.operation
                = existing ? OutboundChange::Operation::Update : OutboundChange::Operation::Create;
            change.thingId = row.thingId;
            change.baseVersionStamp = existing ? existing->versionStamp : QString();
            change.xml = row.xml;
            change.queuedAt = now;
            return m_store.enqueue(change, error).has_value();
        },
        error);
}

bool ThingBlobStore::read(const ThingBlob &blob, QIODevice &sink, StoreError *error) const
{
    const QString hash = localHash(blob);
    if (hash.isEmpty()) {
        *error = { StoreError::Code::InvalidArgument,
            tr("This file has not been downloaded to this computer.") };
        return false;
    }
    return m_store.readBlob(hash, sink, error);
}

QString ThingBlobStore::localHash(const ThingBlob &blob)
{
    if (blob.refUrl.scheme() != kScheme)
        return {};
    const QString path = blob.refUrl.path();
    if (!path.startsWith(kPrefix))
        return {};
    const QString hex = path.mid(kPrefix.size());
    static const QRegularExpression shape(QStringLiteral("^[0-9a-f]{64}$"));
    return shape.match(hex).hasMatch() ? hex : QString();
}

QUrl ThingBlobStore::localUrl(const QString &sha256Hex)
{
    QUrl url;
    url.setScheme(kScheme);
    url.setPath(kPrefix + sha256Hex);
    return url;
}

} // namespace hearth
