#pragma once

#include <QObject>

class QSocketNotifier;

namespace hearth::vault {

// Turns SIGTERM and SIGINT into a Qt signal on the event loop, so the vault
// finishes the request it is answering and closes its database cleanly.
class ShutdownSignals : public QObject
{
    Q_OBJECT
public:
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override;

signals:
    void shutdownRequested();

private:
    static void handle(int signal);
    static int s_fds[2];
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace hearth::vault
