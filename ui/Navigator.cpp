#include "ui/Navigator.h"

namespace hearth::ui {

Navigator::Navigator(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("navigator"));
    setAccessibleName(tr("Sections of the record"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformItemSizes(true);
    for (Page page : pages()) {
        auto *item = new QListWidgetItem(title(page), this);
        item->setData(Qt::UserRole, int(page));
    }
    connect(this, &QListWidget::currentRowChanged, this,
        [this](int row) { emit pageChanged(pages().value(row)); });
    setCurrentRow(0);
}

QList<Navigator::Page> Navigator::pages()
{
    return { Page::Summary, Page::Measurements, Page::Medications, Page::Allergies,
        Page::Conditions, Page::Immunizations, Page::Procedures, Page::LabResults,
        Page::ExerciseAndSleep, Page::Documents, Page::Images, Page::Contacts, Page::GoalsAndPlans,
        Page::EmergencyProfile };
}

QString Navigator::title(Page page)
{
    switch (page) {
    case Page::Summary:
        return tr("Summary");
    case Page::Measurements:
        return tr("Measurements");
    case Page::Medications:
        return tr("Medications");
    case Page::Allergies:
        return tr("Allergies");
    case Page::Conditions:
        return tr("Conditions");
    case Page::Immunizations:
        return tr("Immunizations");
    case Page::Procedures:
        return tr("Procedures");
    case Page::LabResults:
        return tr("Lab results");
    case Page::ExerciseAndSleep:
        return tr("Exercise and sleep");
    case Page::Documents:
        return tr("Documents");
    case Page::Images:
        return tr("Images and files");
    case Page::Contacts:
        return tr("Contacts");
    case Page::GoalsAndPlans:
        return tr("Goals and plans");
    case Page::EmergencyProfile:
        return tr("Emergency profile");
    }
    return {};
}

Navigator::Page Navigator::currentPage() const
{
    return pages().value(currentRow(), Page::Summary);
}

void Navigator::setCurrentPage(Page page)
{
    setCurrentRow(int(pages().indexOf(page)));
}

} // namespace hearth::ui
