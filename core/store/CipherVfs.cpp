#include "core/store/CipherVfs.h"

#include "core/Logging.h"

#include <QHash>
#include <QMutex>
#include <QUuid>

#include <array>
#include <cstring>
#include <new>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <sqlite3.h>
#include <vector>

namespace hearth {
namespace {

constexpr int kPage = CipherVfs::pageSize;
constexpr int kNonce = 12;
constexpr int kTag = 16;
constexpr int kBody = kPage - CipherVfs::reserveBytes;
constexpr sqlite3_int64 kWalHeader = 32;
constexpr sqlite3_int64 kWalFrameHeader = 24;
constexpr sqlite3_int64 kWalFrame = kWalFrameHeader + kPage;
constexpr const char kVfsName[] = "hearth-aes256gcm";
constexpr const char kKeyParameter[] = "hearthkey";

using Key = std::array<unsigned char, CipherVfs::keySize>;

// Keys live here between registerKey() and forgetKey(); the URI carries only
// a random token, so no key material passes through SQLite or Qt strings.
struct KeyRegistry
{
    QMutex mutex;
    QHash<QString, Key> keys;
};

KeyRegistry &registry()
{
    static KeyRegistry instance;
    return instance;
}

enum class Kind { MainDb, Journal, Wal, Temp };

struct CipherFile
{
    sqlite3_file base;
    Kind kind;
    Key key;
    EVP_CIPHER_CTX *ctx;
    // Set once page 1 has shown a 4096-byte page with enough reserved bytes;
    // no page is written before, so SQLite can never have data where the
    // nonce and tag go.
    bool layoutChecked;
    sqlite3_file *real;
};

sqlite3_vfs *g_root = nullptr;
thread_local quint64 t_authenticationFailures = 0;
sqlite3_vfs g_vfs;

sqlite3_file *realOf(sqlite3_file *f)
{
    return reinterpret_cast<CipherFile *>(f)->real;
}

// Additional data binds a ciphertext to where it belongs: the file kind and
// the page number (db) or byte offset (journal, WAL), so pages cannot be
// swapped or moved between files unnoticed.
std::array<unsigned char, 12> additionalData(Kind kind, sqlite3_int64 position)
{
    std::array<unsigned char, 12> aad {};
    const char *tag = kind == Kind::MainDb ? "HDB1" : kind == Kind::Wal ? "HWL1" : "HJN1";
    std::memcpy(aad.data(), tag, 4);
    for (int i = 0; i < 8; ++i)
        aad[4 + i] = static_cast<unsigned char>(position >> (56 - 8 * i));
    return aad;
}

bool sealPage(CipherFile *f, const unsigned char *plain, unsigned char *out, sqlite3_int64 pos)
{
    unsigned char *nonce = out + kBody;
    unsigned char *tag = nonce + kNonce;
    if (RAND_bytes(nonce, kNonce) != 1)
        return false;
    const auto aad = additionalData(f->kind, pos);
    int len = 0;
    return EVP_EncryptInit_ex(f->ctx, EVP_aes_256_gcm(), nullptr, f->key.data(), nonce) == 1
        && EVP_EncryptUpdate(f->ctx, nullptr, &len, aad.data(), int(aad.size())) == 1
        && EVP_EncryptUpdate(f->ctx, out, &len, plain, kBody) == 1
        && EVP_EncryptFinal_ex(f->ctx, out + len, &len) == 1
        && EVP_CIPHER_CTX_ctrl(f->ctx, EVP_CTRL_GCM_GET_TAG, kTag, tag) == 1;
}

// Decrypts in place; the reserved bytes come back as zeros.
bool openPage(CipherFile *f, unsigned char *page, sqlite3_int64 pos)
{
    unsigned char nonce[kNonce];
    unsigned char tag[kTag];
    std::memcpy(nonce, page + kBody, kNonce);
    std::memcpy(tag, page + kBody + kNonce, kTag);
    const auto aad = additionalData(f->kind, pos);
    int len = 0;
    const bool ok
        = EVP_DecryptInit_ex(f->ctx, EVP_aes_256_gcm(), nullptr, f->key.data(), nonce) == 1
        && EVP_DecryptUpdate(f->ctx, nullptr, &len, aad.data(), int(aad.size())) == 1
        && EVP_DecryptUpdate(f->ctx, page, &len, page, kBody) == 1
        && EVP_CIPHER_CTX_ctrl(f->ctx, EVP_CTRL_GCM_SET_TAG, kTag, tag) == 1
        && EVP_DecryptFinal_ex(f->ctx, page + len, &len) == 1;
    if (!ok) {
        OPENSSL_cleanse(page, kPage);
        ++t_authenticationFailures;
    } else
        std::memset(page + kBody, 0, CipherVfs::reserveBytes);
    return ok;
}

// Temporary files (sorter spills, statement journals) die with the process:
// AES-256-CTR under a per-file random key keyed by the byte offset keeps
// them unreadable on disk without imposing a page layout on them.
bool ctrTransform(CipherFile *f, unsigned char *data, int amount, sqlite3_int64 offset)
{
    unsigned char iv[16] = {};
    const sqlite3_uint64 block = sqlite3_uint64(offset) / 16;
    for (int i = 0; i < 8; ++i)
        iv[8 + i] = static_cast<unsigned char>(block >> (56 - 8 * i));
    unsigned char skip[16];
    int len = 0;
    const int lead = int(offset % 16);
    return EVP_EncryptInit_ex(f->ctx, EVP_aes_256_ctr(), nullptr, f->key.data(), iv) == 1
        && (lead == 0 || EVP_EncryptUpdate(f->ctx, skip, &len, skip, lead) == 1)
        && EVP_EncryptUpdate(f->ctx, data, &len, data, amount) == 1;
}

bool layoutAcceptable(const unsigned char *page1)
{
    const int size = (page1[16] << 8) | page1[17];
    return size == kPage && page1[20] >= CipherVfs::reserveBytes;
}

// ---- main database: whole pages only ----

int readMainDb(CipherFile *f, unsigned char *out, int amount, sqlite3_int64 offset)
{
    std::vector<unsigned char> page(kPage);
    bool shortRead = false;
    const sqlite3_int64 first = offset / kPage;
    const sqlite3_int64 last = (offset + amount - 1) / kPage;
    for (sqlite3_int64 n = first; n <= last; ++n) {
        const int rc = f->real->pMethods->xRead(f->real, page.data(), kPage, n * kPage);
        if (rc == SQLITE_IOERR_SHORT_READ) {
            // Beyond the end of the file: SQLite expects zeros. A partial
            // page is not something this shim ever writes.
            for (unsigned char c : page) {
                if (c != 0)
                    return SQLITE_IOERR_DATA;
            }
            shortRead = true;
        } else if (rc != SQLITE_OK) {
            return rc;
        } else if (!openPage(f, page.data(), n + 1)) {
            qCWarning(lcStore) << "page" << n + 1 << "failed authentication";
            return SQLITE_IOERR_DATA;
        } else if (n == 0) {
            if (!layoutAcceptable(page.data()))
                return SQLITE_IOERR_DATA;
            f->layoutChecked = true;
        }
        const sqlite3_int64 from = std::max(offset, n * kPage);
        const sqlite3_int64 to = std::min(offset + amount, (n + 1) * kPage);
        std::memcpy(out + (from - offset), page.data() + (from - n * kPage), size_t(to - from));
    }
    return shortRead ? SQLITE_IOERR_SHORT_READ : SQLITE_OK;
}

int writeMainDb(CipherFile *f, const unsigned char *in, int amount, sqlite3_int64 offset)
{
    if (amount != kPage || offset % kPage != 0)
        return SQLITE_IOERR_WRITE;
    if (offset == 0) {
        if (!layoutAcceptable(in)) {
            qCWarning(lcStore) << "refusing a page layout without room for nonce and tag";
            return SQLITE_IOERR_WRITE;
        }
        f->layoutChecked = true;
    }
    if (!f->layoutChecked)
        return SQLITE_IOERR_WRITE;
    std::vector<unsigned char> page(kPage);
    if (!sealPage(f, in, page.data(), offset / kPage + 1))
        return SQLITE_IOERR_WRITE;
    return f->real->pMethods->xWrite(f->real, page.data(), kPage, offset);
}

// ---- WAL: 32-byte header, then frames of a 24-byte header and one page ----

sqlite3_int64 walPageStart(sqlite3_int64 frame)
{
    return kWalHeader + frame * kWalFrame + kWalFrameHeader;
}

int readWal(CipherFile *f, unsigned char *out, int amount, sqlite3_int64 offset)
{
    int rc = f->real->pMethods->xRead(f->real, out, amount, offset);
    if (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ)
        return rc;
    sqlite3_int64 fileSize = 0;
    if (rc == SQLITE_IOERR_SHORT_READ
        && f->real->pMethods->xFileSize(f->real, &fileSize) != SQLITE_OK)
        return SQLITE_IOERR_READ;
    // Recovery reads whole frames (header and page) and treats a frame whose
    // checksum fails as the torn end of the log. A page that fails
    // authentication there is handed over as zeros so SQLite's checksum
    // rejects it; everywhere else it is an error.
    const bool recoveryRead = amount == kWalFrame;
    const sqlite3_int64 end = offset + amount;
    if (end <= kWalHeader + kWalFrameHeader)
        return rc;
    sqlite3_int64 frame = std::max<sqlite3_int64>(0, (offset - kWalHeader) / kWalFrame);
    std::vector<unsigned char> page(kPage);
    for (; walPageStart(frame) < end; ++frame) {
        const sqlite3_int64 start = walPageStart(frame);
        if (start + kPage <= offset)
            continue;
        if (rc == SQLITE_IOERR_SHORT_READ && start + kPage > fileSize) {
            const sqlite3_int64 from = std::max(offset, start);
            const sqlite3_int64 to = std::min(end, start + kPage);
            std::memset(out + (from - offset), 0, size_t(to - from));
            continue;
        }
        const bool inside = start >= offset && start + kPage <= end;
        unsigned char *p = inside ? out + (start - offset) : page.data();
        if (!inside) {
            const int prc = f->real->pMethods->xRead(f->real, p, kPage, start);
            if (prc != SQLITE_OK)
                return prc == SQLITE_IOERR_SHORT_READ ? SQLITE_IOERR_DATA : prc;
        }
        if (!openPage(f, p, start)) {
            if (!recoveryRead) {
                qCWarning(lcStore) << "WAL frame" << frame << "failed authentication";
                return SQLITE_IOERR_DATA;
            }
        }
        if (!inside) {
            const sqlite3_int64 from = std::max(offset, start);
            const sqlite3_int64 to = std::min(end, start + kPage);
            std::memcpy(out + (from - offset), p + (from - start), size_t(to - from));
        }
    }
    return rc;
}

int writeWal(CipherFile *f, const unsigned char *in, int amount, sqlite3_int64 offset)
{
    const sqlite3_int64 end = offset + amount;
    if (end <= kWalHeader + kWalFrameHeader)
        return f->real->pMethods->xWrite(f->real, in, amount, offset);
    const sqlite3_int64 frame = std::max<sqlite3_int64>(0, (offset - kWalHeader) / kWalFrame);
    const sqlite3_int64 start = walPageStart(frame);
    if (offset == start && amount == kPage) {
        std::vector<unsigned char> page(kPage);
        if (!sealPage(f, in, page.data(), start))
            return SQLITE_IOERR_WRITE;
        return f->real->pMethods->xWrite(f->real, page.data(), kPage, offset);
    }
    // Only frame headers (no page bytes) may pass unencrypted.
    const bool headerOnly = offset >= kWalHeader + frame * kWalFrame && end <= start;
    if (!headerOnly) {
        qCWarning(lcStore) << "refusing a WAL write that is not a whole page";
        return SQLITE_IOERR_WRITE;
    }
    return f->real->pMethods->xWrite(f->real, in, amount, offset);
}

// ---- rollback journal: page images sit at offsets = 4 (mod 8) ----
//
// A journal segment starts sector-aligned; each record is a 4-byte page
// number, the page image and a 4-byte checksum, so page images (and only
// they) are exactly one page long at an offset that is 4 modulo 8.

bool isJournalPage(int amount, sqlite3_int64 offset)
{
    return amount == kPage && offset % 8 == 4;
}

int readJournal(CipherFile *f, unsigned char *out, int amount, sqlite3_int64 offset)
{
    const int rc = f->real->pMethods->xRead(f->real, out, amount, offset);
    if (rc != SQLITE_OK || !isJournalPage(amount, offset))
        return rc;
    return openPage(f, out, offset) ? SQLITE_OK : SQLITE_IOERR_DATA;
}

int writeJournal(CipherFile *f, const unsigned char *in, int amount, sqlite3_int64 offset)
{
    if (!isJournalPage(amount, offset)) {
        if (amount > 512) {
            // Headers are small; anything page-sized elsewhere would be
            // page content in a layout this shim does not know.
            const unsigned char magic[8] = { 0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7 };
            if (offset % 512 != 0 || std::memcmp(in, magic, 8) != 0)
                return SQLITE_IOERR_WRITE;
        }
        return f->real->pMethods->xWrite(f->real, in, amount, offset);
    }
    std::vector<unsigned char> page(kPage);
    if (!sealPage(f, in, page.data(), offset))
        return SQLITE_IOERR_WRITE;
    return f->real->pMethods->xWrite(f->real, page.data(), kPage, offset);
}

// ---- io methods ----

int xClose(sqlite3_file *file)
{
    auto *f = reinterpret_cast<CipherFile *>(file);
    const int rc = f->real->pMethods ? f->real->pMethods->xClose(f->real) : SQLITE_OK;
    EVP_CIPHER_CTX_free(f->ctx);
    OPENSSL_cleanse(f->key.data(), f->key.size());
    return rc;
}

int xRead(sqlite3_file *file, void *out, int amount, sqlite3_int64 offset)
{
    auto *f = reinterpret_cast<CipherFile *>(file);
    auto *bytes = static_cast<unsigned char *>(out);
    switch (f->kind) {
    case Kind::MainDb:
        return readMainDb(f, bytes, amount, offset);
    case Kind::Wal:
        return readWal(f, bytes, amount, offset);
    case Kind::Journal:
        return readJournal(f, bytes, amount, offset);
    case Kind::Temp: {
        const int rc = f->real->pMethods->xRead(f->real, out, amount, offset);
        if (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ)
            return rc;
        // Bytes beyond the end stay zero, as SQLite expects.
        sqlite3_int64 size = 0;
        f->real->pMethods->xFileSize(f->real, &size);
        const int valid
            = int(std::max<sqlite3_int64>(0, std::min<sqlite3_int64>(amount, size - offset)));
        if (valid > 0 && !ctrTransform(f, bytes, valid, offset))
            return SQLITE_IOERR_READ;
        return rc;
    }
    }
    return SQLITE_IOERR_READ;
}

int xWrite(sqlite3_file *file, const void *in, int amount, sqlite3_int64 offset)
{
    auto *f = reinterpret_cast<CipherFile *>(file);
    const auto *bytes = static_cast<const unsigned char *>(in);
    switch (f->kind) {
    case Kind::MainDb:
        return writeMainDb(f, bytes, amount, offset);
    case Kind::Wal:
        return writeWal(f, bytes, amount, offset);
    case Kind::Journal:
        return writeJournal(f, bytes, amount, offset);
    case Kind::Temp: {
        std::vector<unsigned char> copy(bytes, bytes + amount);
        if (!ctrTransform(f, copy.data(), amount, offset))
            return SQLITE_IOERR_WRITE;
        return f->real->pMethods->xWrite(f->real, copy.data(), amount, offset);
    }
    }
    return SQLITE_IOERR_WRITE;
}

int xTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    return realOf(f)->pMethods->xTruncate(realOf(f), size);
}
int xSync(sqlite3_file *f, int flags)
{
    return realOf(f)->pMethods->xSync(realOf(f), flags);
}
int xFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return realOf(f)->pMethods->xFileSize(realOf(f), size);
}
int xLock(sqlite3_file *f, int lock)
{
    return realOf(f)->pMethods->xLock(realOf(f), lock);
}
int xUnlock(sqlite3_file *f, int lock)
{
    return realOf(f)->pMethods->xUnlock(realOf(f), lock);
}
int xCheckReservedLock(sqlite3_file *f, int *out)
{
    return realOf(f)->pMethods->xCheckReservedLock(realOf(f), out);
}
int xFileControl(sqlite3_file *f, int op, void *arg)
{
    if (op == SQLITE_FCNTL_VFSNAME) {
        *static_cast<char **>(arg) = sqlite3_mprintf("%s", kVfsName);
        return SQLITE_OK;
    }
    return realOf(f)->pMethods->xFileControl(realOf(f), op, arg);
}
int xSectorSize(sqlite3_file *f)
{
    return realOf(f)->pMethods->xSectorSize(realOf(f));
}
int xDeviceCharacteristics(sqlite3_file *f)
{
    return realOf(f)->pMethods->xDeviceCharacteristics(realOf(f));
}
// The wal-index (-shm) holds page numbers and frame offsets, no content.
int xShmMap(sqlite3_file *f, int region, int size, int extend, void volatile **out)
{
    return realOf(f)->pMethods->xShmMap(realOf(f), region, size, extend, out);
}
int xShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return realOf(f)->pMethods->xShmLock(realOf(f), offset, n, flags);
}
void xShmBarrier(sqlite3_file *f)
{
    realOf(f)->pMethods->xShmBarrier(realOf(f));
}
int xShmUnmap(sqlite3_file *f, int deleteFlag)
{
    return realOf(f)->pMethods->xShmUnmap(realOf(f), deleteFlag);
}

// Version 2: no xFetch, so SQLite never memory-maps the (encrypted) file.
const sqlite3_io_methods kIoMethods = {
    2,
    xClose,
    xRead,
    xWrite,
    xTruncate,
    xSync,
    xFileSize,
    xLock,
    xUnlock,
    xCheckReservedLock,
    xFileControl,
    xSectorSize,
    xDeviceCharacteristics,
    xShmMap,
    xShmLock,
    xShmBarrier,
    xShmUnmap,
    nullptr,
    nullptr,
};

int vfsOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *f = reinterpret_cast<CipherFile *>(file);
    f->base.pMethods = nullptr;
    f->real = reinterpret_cast<sqlite3_file *>(
        reinterpret_cast<char *>(file) + ((sizeof(CipherFile) + 7) & ~size_t(7)));
    f->real->pMethods = nullptr;
    f->layoutChecked = false;
    f->ctx = nullptr;

    if (flags & SQLITE_OPEN_MAIN_DB)
        f->kind = Kind::MainDb;
    else if (flags & SQLITE_OPEN_WAL)
        f->kind = Kind::Wal;
    else if (flags & SQLITE_OPEN_MAIN_JOURNAL)
        f->kind = Kind::Journal;
    else if (flags & SQLITE_OPEN_SUPER_JOURNAL)
        return SQLITE_CANTOPEN; // Hearth never attaches a second database.
    else
        f->kind = Kind::Temp;

    if (f->kind == Kind::Temp) {
        if (RAND_bytes(f->key.data(), int(f->key.size())) != 1)
            return SQLITE_CANTOPEN;
    } else {
        const char *token = sqlite3_uri_parameter(name, kKeyParameter);
        if (!token)
            return SQLITE_CANTOPEN;
        KeyRegistry &keys = registry();
        QMutexLocker lock(&keys.mutex);
        const auto it = keys.keys.constFind(QString::fromLatin1(token));
        if (it == keys.keys.constEnd())
            return SQLITE_CANTOPEN;
        f->key = *it;
    }
    f->ctx = EVP_CIPHER_CTX_new();
    if (!f->ctx) {
        OPENSSL_cleanse(f->key.data(), f->key.size());
        return SQLITE_NOMEM;
    }
    const int rc = g_root->xOpen(g_root, name, f->real, flags, outFlags);
    if (rc != SQLITE_OK) {
        EVP_CIPHER_CTX_free(f->ctx);
        OPENSSL_cleanse(f->key.data(), f->key.size());
        return rc;
    }
    f->base.pMethods = &kIoMethods;
    return SQLITE_OK;
}

int vfsDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    return g_root->xDelete(g_root, name, syncDir);
}
int vfsAccess(sqlite3_vfs *, const char *name, int flags, int *out)
{
    return g_root->xAccess(g_root, name, flags, out);
}
int vfsFullPathname(sqlite3_vfs *, const char *name, int n, char *out)
{
    return g_root->xFullPathname(g_root, name, n, out);
}
void *vfsDlOpen(sqlite3_vfs *, const char *name)
{
    return g_root->xDlOpen(g_root, name);
}
void vfsDlError(sqlite3_vfs *, int n, char *out)
{
    g_root->xDlError(g_root, n, out);
}
void (*vfsDlSym(sqlite3_vfs *, void *handle, const char *symbol))(void)
{
    return g_root->xDlSym(g_root, handle, symbol);
}
void vfsDlClose(sqlite3_vfs *, void *handle)
{
    g_root->xDlClose(g_root, handle);
}
int vfsRandomness(sqlite3_vfs *, int n, char *out)
{
    return g_root->xRandomness(g_root, n, out);
}
int vfsSleep(sqlite3_vfs *, int micro)
{
    return g_root->xSleep(g_root, micro);
}
int vfsCurrentTime(sqlite3_vfs *, double *out)
{
    return g_root->xCurrentTime(g_root, out);
}
int vfsGetLastError(sqlite3_vfs *, int n, char *out)
{
    return g_root->xGetLastError(g_root, n, out);
}
int vfsCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *out)
{
    return g_root->xCurrentTimeInt64(g_root, out);
}

} // namespace

const char *CipherVfs::name()
{
    return kVfsName;
}

quint64 CipherVfs::authenticationFailures()
{
    return t_authenticationFailures;
}

int CipherVfs::authenticationFailureCode()
{
    return SQLITE_IOERR_DATA;
}

bool CipherVfs::ensureRegistered()
{
    static const bool registered = [] {
        g_root = sqlite3_vfs_find(nullptr);
        if (!g_root || g_root->iVersion < 2 || !g_root->xCurrentTimeInt64)
            return false;
        g_vfs = sqlite3_vfs {};
        g_vfs.iVersion = 2;
        g_vfs.szOsFile = int(((sizeof(CipherFile) + 7) & ~size_t(7))) + g_root->szOsFile;
        g_vfs.mxPathname = g_root->mxPathname;
        g_vfs.zName = kVfsName;
        g_vfs.xOpen = vfsOpen;
        g_vfs.xDelete = vfsDelete;
        g_vfs.xAccess = vfsAccess;
        g_vfs.xFullPathname = vfsFullPathname;
        g_vfs.xDlOpen = vfsDlOpen;
        g_vfs.xDlError = vfsDlError;
        g_vfs.xDlSym = vfsDlSym;
        g_vfs.xDlClose = vfsDlClose;
        g_vfs.xRandomness = vfsRandomness;
        g_vfs.xSleep = vfsSleep;
        g_vfs.xCurrentTime = vfsCurrentTime;
        g_vfs.xGetLastError = vfsGetLastError;
        g_vfs.xCurrentTimeInt64 = vfsCurrentTimeInt64;
        return sqlite3_vfs_register(&g_vfs, 0) == SQLITE_OK;
    }();
    return registered;
}

QString CipherVfs::registerKey(const QByteArray &key)
{
    Q_ASSERT(key.size() == keySize);
    Key copy {};
    std::memcpy(copy.data(), key.constData(), copy.size());
    const QString token = QUuid::createUuid().toString(QUuid::Id128);
    KeyRegistry &keys = registry();
    QMutexLocker lock(&keys.mutex);
    keys.keys.insert(token, copy);
    OPENSSL_cleanse(copy.data(), copy.size());
    return token;
}

void CipherVfs::forgetKey(const QString &token)
{
    KeyRegistry &keys = registry();
    QMutexLocker lock(&keys.mutex);
    auto it = keys.keys.find(token);
    if (it == keys.keys.end())
        return;
    OPENSSL_cleanse(it->data(), it->size());
    keys.keys.erase(it);
}

} // namespace hearth
