#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace hearth::ui {

// What a first responder needs to know about a person, gathered from the
// record: the Emergency profile page fills it, the printer lays it out.
struct EmergencyCard
{
    struct Contact
    {
        QString name;
        QString relationship;
        QString phone;
    };

    QString name;
    QDate birthDate;
    QString bloodType;
    QStringList allergies;
    QStringList conditions;
    QStringList medications;
    QList<Contact> contacts;
    QString notes;
    QDate printedOn;
};

} // namespace hearth::ui
