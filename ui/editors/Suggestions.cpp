#include "ui/editors/Suggestions.h"

namespace hearth::ui {

namespace {

CodableValue rxnorm(const QString &name, const char *code)
{
    return CodableValue(name,
        { { QString::fromLatin1(code), QStringLiteral("RxNorm"), QStringLiteral("RxNorm"), {} } });
}

QList<CodableValue> texts(const QStringList &names)
{
    QList<CodableValue> values;
    for (const QString &name : names)
        values.append(CodableValue(name));
    return values;
}

} // namespace

QList<CodableValue> Suggestions::medications()
{
    return { rxnorm(tr("Albuterol"), "435"), rxnorm(tr("Amoxicillin"), "723"),
        rxnorm(tr("Atorvastatin"), "83367"), rxnorm(tr("Ibuprofen"), "5640"),
        rxnorm(tr("Levothyroxine"), "10582"), rxnorm(tr("Lisinopril"), "29046"),
        rxnorm(tr("Metformin"), "6809"), rxnorm(tr("Omeprazole"), "7646") };
}

QList<CodableValue> Suggestions::routes()
{
    return texts({ tr("By mouth"), tr("Inhaled"), tr("On the skin"), tr("Injection"),
        tr("Under the tongue"), tr("Eye drops"), tr("Nasal spray") });
}

QList<CodableValue> Suggestions::allergens()
{
    return texts({ tr("Penicillin"), tr("Peanuts"), tr("Tree nuts"), tr("Shellfish"), tr("Eggs"),
        tr("Milk"), tr("Bee stings"), tr("Latex"), tr("Grass pollen"), tr("House dust mites"),
        tr("Cats") });
}

QList<CodableValue> Suggestions::allergenTypes()
{
    return texts({ tr("Food"), tr("Medication"), tr("Environment"), tr("Animal"), tr("Insect"),
        tr("Plant") });
}

QList<CodableValue> Suggestions::reactions()
{
    return texts({ tr("Hives"), tr("Rash"), tr("Swelling"), tr("Itching"), tr("Wheezing"),
        tr("Runny nose"), tr("Nausea"), tr("Anaphylaxis") });
}

} // namespace hearth::ui
