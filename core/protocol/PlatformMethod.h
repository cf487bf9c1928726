#pragma once

#include <QByteArray>
#include <QString>
#include <QUuid>

namespace hearth::protocol {

// One method of the HealthVault XML API as the client calls it: what goes
// into <header> and <info>, and how the method's <wc:info> answer is read.
// Subclasses hold their parameters and, after a call, their results.
class PlatformMethod
{
public:
    // Which app id an anonymous method puts into the header.
    enum class Caller { Session, MasterApp, AppInstance };

    virtual ~PlatformMethod() = default;
    virtual QString name() const = 0;
    virtual int version() const = 0;
    virtual Caller caller() const { return Caller::Session; }
    // The whole <info>…</info> element, byte-exact as it is hashed and sent.
    virtual QByteArray info() const = 0;
    // Reads the exact <wc:info> element of an OK response (empty when the
    // response had none); false with a message when it is not a valid answer.
    virtual bool readResponse(const QByteArray &rawInfo, QString *error) = 0;

    // The record a record-level method acts on (header record-id).
    QUuid recordId;
};

} // namespace hearth::protocol
