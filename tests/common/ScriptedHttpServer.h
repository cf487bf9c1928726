#pragma once

// A loopback HTTP server that answers each POST with the next scripted
// response (status and body) and keeps the decoded request bodies, for
// client tests of retries, expired tokens and bad answers.

#include "core/protocol/BodyEncoding.h"

#include <QTcpServer>
#include <QTcpSocket>

#include <deque>

namespace hearth::test {

class ScriptedHttpServer : public QObject
{
public:
    struct Reply
    {
        int status = 200;
        QByteArray body;
    };

    ScriptedHttpServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                QObject::connect(
                    socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
            }
        });
    }

    QUrl url() const
    {
        return QUrl(
            QStringLiteral("http://127.0.0.1:%1/platform/wildcat.ashx").arg(m_server.serverPort()));
    }
    void push(int status, const QByteArray &body) { m_replies.push_back({ status, body }); }
    const QList<QByteArray> &requests() const { return m_requests; }

private:
    void readFrom(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buffer.left(end).toLower();
        const qsizetype at = head.indexOf("content-length:");
        const qsizetype length = at < 0
            ? 0
            : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
        if (buffer.size() < end + 4 + length)
            return;
        const QByteArray body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        QByteArray decoded;
        const bool ok = protocol::BodyEncoding::decode(body, "gzip", 1 << 24, &decoded)
            == protocol::BodyEncoding::Result::Ok;
        m_requests << (ok ? decoded : body);
        const Reply reply = m_replies.empty() ? Reply { 404, {} } : m_replies.front();
        if (!m_replies.empty())
            m_replies.pop_front();
        socket->write("HTTP/1.1 " + QByteArray::number(reply.status)
            + " X\r\nContent-Type: text/xml\r\nContent-Length: "
            + QByteArray::number(reply.body.size()) + "\r\n\r\n" + reply.body);
    }

    QTcpServer m_server;
    std::deque<Reply> m_replies;
    QList<QByteArray> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace hearth::test
