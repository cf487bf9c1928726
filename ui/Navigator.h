#pragma once

#include <QListWidget>

namespace hearth::ui {

// The list of pages on the left of the main window: Summary, Measurements,
// Medications, ... Each entry carries its Page value as item data.
class Navigator : public QListWidget
{
    Q_OBJECT
public:
    enum class Page {
        Summary,
        Measurements,
        Medications,
        Allergies,
        Conditions,
        Immunizations,
        Procedures,
        LabResults,
        ExerciseAndSleep,
        Documents,
        Images,
        Contacts,
        GoalsAndPlans,
        EmergencyProfile,
    };
    Q_ENUM(Page)

    explicit Navigator(QWidget *parent = nullptr);

    static QList<Page> pages();
    static QString title(Page page);

    Page currentPage() const;
    void setCurrentPage(Page page);

signals:
    void pageChanged(hearth::ui::Navigator::Page page);
};

} // namespace hearth::ui
