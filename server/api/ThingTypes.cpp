#include "server/api/ThingTypes.h"

#include <QHash>

namespace hearth::vault {

namespace {

struct Row
{
    const char *id;
    const char *name;
    const char *root;
};

constexpr Row kTypes[] = {
    { "10291bcd-6c33-4297-86df-167fedefd6d8", "Action plan (deprecated)", "action-plan" },
    { "822a5e5a-14f1-4d06-b92f-8f3f1b05218f", "Advance directive", "directive" },
    { "90dbf000-fc55-4b92-b4a1-da45c36ad8bb", "Aerobic exercise session", "aerobic-session" },
    { "7b2ea78c-4b78-4f75-a6a7-5396fe38b09a", "Aerobic profile", "aerobic-profile" },
    { "d65ad514-c492-4b59-bd05-f3f6cb43ceb3", "Allergic episode", "allergic-episode" },
    { "52bf9104-2c5e-4f1f-a66d-552ebcc53df7", "Allergy", "allergy" },
    { "a5033c9d-08cf-4204-9bd3-cb412ce39fc0", "App-specific information", "app-specific" },
    { "9ad2a94f-c6a4-4d78-8b50-75b65be0e250", "Application data reference",
        "application-data-reference" },
    { "4b18aeb6-5f01-444c-8c70-dbf13a2f510b", "Appointment", "appointment" },
    { "ff9ce191-2096-47d8-9300-5469a9883746", "Asthma inhaler", "asthma-inhaler" },
    { "03efe378-976a-42f8-ae1e-507c497a8c6d", "Asthma inhaler usage", "asthma-inhaler-use" },
    { "3e730686-781f-4616-aa0d-817bba8eb141", "Base thing type", "" },
    { "bf516a61-5252-4c28-a979-27f45f62f78d", "Basic demographic information", "basic" },
    { "3b3e6b16-eb69-483c-8d7e-dfe116ae6092", "Basic demographic information", "basic" },
    { "879e7c04-4e8a-4707-9ad3-b054df467ce4", "Blood glucose", "blood-glucose" },
    { "3a54f95f-03d8-4f62-815f-f691fc94a500", "Blood oxygen saturation",
        "blood-oxygen-saturation" },
    { "ca3c57f4-f4c1-4e15-be67-0a3caf5414ed", "Blood pressure", "blood-pressure" },
    { "18adc276-5144-4e7e-bf6c-e56d8250adf8", "Body composition", "body-composition" },
    { "dd710b31-2b6f-45bd-9552-253562b9a7c1", "Body dimension", "body-dimension" },
    { "d3170d30-a41b-4bde-a116-87698c8a001a", "Calorie guideline", "calorie-guideline" },
    { "adaf49ad-8e10-49f8-9783-174819e97051", "Cardiac profile", "cardiac-profile" },
    { "415c95e0-0533-4d9c-ac73-91dc5031186c", "Care plan", "care-plan" },
    { "796c186f-b874-471c-8468-3eeff73bf66e", "Cholesterol", "cholesterol-profile" },
    { "98f76958-e34f-459b-a760-83c1699add38", "Cholesterol", "cholesterol-profile" },
    { "1ed1cba6-9530-44a3-b7b5-e8219690ebcf", "Clinical Document Architecture (CDA)",
        "ClinicalDocument" },
    { "9f4e0fcd-10d7-416d-855a-90514ce2016b", "Comment", "comment" },
    { "aea2e8f2-11dd-4a7d-ab43-1d58764ebc19", "Concern", "concern" },
    { "7ea7a1f9-880b-4bd4-b593-f5660f20eda8", "Condition", "condition" },
    { "25c94a9f-9d3d-4576-96dc-6791178a8143", "Contact", "person" },
    { "9c48a2b8-952c-4f5a-935d-f3292326bf54", "Continuity of Care Document (CCD)",
        "ClinicalDocument" },
    { "1e1ccbfc-a55d-4d91-8940-fa2fbf73c195", "Continuity of Care Record (CCR)",
        "ContinuityOfCareRecord" },
    { "046d0ad7-6d7f-4bfd-afd4-4192ca2e913d", "Contraindication", "contraindication" },
    { "9c29c6b9-f40e-44ff-b24e-fba6f3074638", "Daily dietary intake", "dietary-intake-daily" },
    { "a9a76456-0357-493e-b840-598bbb9483fd", "Daily medication usage", "daily-medication-usage" },
    { "a3d38add-b7b2-4ccd-856b-9b14bbc4e075", "Defibrillator episode", "defibrillator-episode" },
    { "80cf4080-ad3f-4bb5-a0b5-907c22f73017", "Diabetic profile", "diabetic-profile" },
    { "02ef57a2-a620-425a-8e92-a301542cca54", "Discharge summary", "discharge-summary" },
    { "0aa6a4c7-cef5-46ea-970e-206c8402dccb", "Education - MyData file (preview)",
        "mydata-education-file" },
    { "c3353437-7a5e-46be-8e1a-f93dac872a68", "Education - SIF student academic record (preview)",
        "StudentAcademicRecord" },
    { "9df1163d-eae1-405e-8a66-8aaf19bd5fc7", "Education document (preview)",
        "education-document" },
    { "4b7971d6-e427-427d-bf2c-2fbcf76606b3", "Emotional state", "emotion" },
    { "3d4bdf01-1b3e-4afc-b41c-bd3e641a6da7", "Encounter", "encounter" },
    { "464083cc-13de-4f3e-a189-da8e47d5651b", "Encounter", "encounter" },
    { "85a21ddb-db20-4c65-8d30-33c899ccf612", "Exercise", "exercise" },
    { "e1f92d7f-9699-4483-8223-8442874ec6d9", "Exercise samples", "exercise-samples" },
    { "356fbba9-e0c9-4f4f-b0d9-4594f2490d2f", "Explanation of benefits (EOB)",
        "explanation-of-benefits" },
    { "6d39f894-f7ac-4fce-ac78-b22693bf96e6", "Family history", "family-history" },
    { "22826e13-41e1-4ba3-8447-37dadd208fd8", "Family history", "family-history" },
    { "4a04fcc8-19c1-4d59-a8c7-2031a03f21de", "Family history", "family-history" },
    { "6705549b-0e3d-474e-bfa7-8197ddd6786a", "Family history condition",
        "family-history-condition" },
    { "cc23422c-4fba-4a23-b52a-c01d6cd53fdf", "Family history person", "family-history-person" },
    { "bd0403c5-4ae2-4b0e-a8db-1888678e4528", "File", "file" },
    { "089646a6-7e25-4495-ad15-3e28d4c1a71d", "Food & drink", "dietary-intake" },
    { "9d006053-116c-43cc-9554-e0cda43558cb", "Genetic SNP result", "genetic-snp-results" },
    { "66ac44c7-1d60-4e95-bb5b-d21490e91057", "Group membership", "group-membership" },
    { "e75fa095-31ed-4b30-b5f7-463963b5e734", "Group membership activity",
        "group-membership-activity" },
    { "62160199-b80f-4905-a55a-ac4ba825ceae", "HbA1C", "HbA1C" },
    { "227f55fb-1001-4d4e-9f6a-8d893e07b451", "HbA1C", "HbA1C" },
    { "58fd8ac4-6c47-41a3-94b2-478401f0e26c", "Health assessment", "health-assessment" },
    { "1572af76-1653-4c39-9683-9f9ca6584ba3", "Health event", "health-event" },
    { "dad8bb47-9ad0-4f09-a020-0ff051d1d0f7", "Health goal", "health-goal" },
    { "21d75546-8717-4deb-8b17-a57f48917790", "Health journal entry", "health-journal-entry" },
    { "7ea47715-cba4-47f0-99d2-eb0a9fb4a85c", "Healthcare proxy", "healthcare-proxy" },
    { "b81eb4a6-6eac-4292-ae93-3872d6870994", "Heart rate", "heart-rate" },
    { "40750a6a-89b2-455c-bd8d-b420a4cb500b", "Height", "height" },
    { "3d817dbe-af42-4a9d-a553-d1298b4d08fc", "Immunization", "immunization" },
    { "cd3587b5-b6e1-4565-ab3b-1c3ad45eb04f", "Immunization", "immunization" },
    { "5d15b7bc-0499-4dc4-8df7-ef1a2332cfb5", "Insight", "insight" },
    { "3b3c053b-b1fe-4e11-9e22-d4b480de74e8", "Insulin injection", "insulin-injection" },
    { "184166be-8adb-4d9c-8162-c403040e31ad", "Insulin injection usage",
        "diabetes-insulin-injection-use" },
    { "9366440c-ec81-4b89-b231-308a4c4d70ed", "Insurance plan", "payer" },
    { "f57746af-9631-49dc-944e-2c92bee0d1e9", "Lab results", "lab-test-results" },
    { "5800eab5-a8c2-482a-a4d6-f1db25ae08c3", "Lab results", "lab-test-results" },
    { "609319bf-35cc-40a4-b9d7-1b329679baaa", "Life goal", "life-goal" },
    { "074e122a-335a-4a47-a63d-00a8f3e79e60", "Meal definition", "meal-definition" },
    { "7ab3e662-cc5b-4be2-bf38-78f8aad5b161", "Medical annotation", "annotation" },
    { "ef9cf8d5-6c0b-4292-997f-4047240bc7be", "Medical device", "device" },
    { "c75651c8-548e-449f-8942-9e6379b0b88a", "Medical image study", "medical-image-study" },
    { "cdfc0a9b-6d3b-4d16-afa8-02b86d621a8d", "Medical image study", "medical-image-study" },
    { "5e2c027e-3417-4cfc-bd10-5a6f2e91ad23", "Medical problem", "problem" },
    { "5c5f1223-f63c-4464-870c-3e36ba471def", "Medication", "medication" },
    { "30cafccc-047d-4288-94ef-643571f7919d", "Medication", "medication" },
    { "167ecf6b-bb54-43f9-a473-507b334907e0", "Medication fill", "medication-fill" },
    { "caff3ff3-812f-44b1-9c9f-c1af13167705", "Menstruation", "menstruation" },
    { "72dc49e1-1486-4634-b651-ef560ed051e5", "Message", "message" },
    { "b8fcb138-f8e6-436a-a15d-e3a2d6916094", "Microbiology lab test result",
        "microbiology-lab-results" },
    { "9085cad9-e866-4564-8a91-7ad8685d204d", "PAP session", "pap-session" },
    { "c9287326-bb43-4194-858c-8b60768f000f", "Password-protected package",
        "password-protected-package" },
    { "5d8419af-90f0-4875-a370-0f881c18f6b3", "Peak flow", "peak-flow" },
    { "162dd12d-9859-4a66-b75f-96760d67072b", "Personal contact information", "contact" },
    { "92ba621e-66b3-4a01-bd73-74844aed4f5b", "Personal demographic information", "personal" },
    { "a5294488-f865-4ce3-92fa-187cd3b58930", "Personal picture", "personal-image" },
    { "504d6c08-68f9-4e07-8699-5fb55678f13d", "Plan", "plan" },
    { "46d485cf-2b84-429d-9159-83152ba801f4", "Pregnancy", "pregnancy" },
    { "0a5f9a43-dc88-4e9f-890f-1f9159b76e7b", "Procedure", "procedure" },
    { "df4db479-a1ba-42a2-8714-2b083b88150f", "Procedure", "procedure" },
    { "55d33791-58de-4cae-8c78-819e12ba5059", "Question & answer", "question-answer" },
    { "e4911bd3-61bf-4e10-ae78-9c574b888b8f", "Radiology result", "radiology-lab-results" },
    { "5fd15cb7-b717-4b1c-89e0-1dbcf7f815dd", "Respiratory profile", "respiratory-profile" },
    { "031f5706-7f1a-11db-ad56-7bd355d89593", "Sleep journal entry", "sleep-pm" },
    { "11c52484-7f1a-11db-aeac-87d355d89593", "Sleep session", "sleep-am" },
    { "921588d1-27bf-423c-8e55-650d2fedb3e0", "Spirometer reading", "spirometer" },
    { "d33a32b2-00de-43b8-9f2a-c4c7e9f580ec", "Status", "status" },
    { "6184d61f-4846-4219-b675-b61de85860d1", "Task", "task" },
    { "b54a6e00-c1fb-4e22-8694-0a4ae94e8cb6", "Task tracking entry", "task-tracking-entry" },
    { "73822612-c15f-4b49-9e65-6af369e55c65", "Vital signs", "vital-signs" },
    { "d4b48e6b-50fa-4ba8-ac73-7d64a68dc328", "Web link", "link" },
    { "e4501363-fb95-4a11-bb60-da64e98048b5", "Weekly aerobic exercise goal", "aerobic-weekly" },
    { "3d34d87e-7fc1-4153-800f-f56592cb0d17", "Weight", "weight" },
    { "b7925180-d69e-48fa-ae1d-cb3748ca170e", "Weight goal", "weight-goal" },
};

} // namespace

const QList<ThingTypeInfo> &ThingTypes::all()
{
    static const QList<ThingTypeInfo> types = [] {
        QList<ThingTypeInfo> list;
        for (const Row &row : kTypes)
            list.append({ QUuid::fromString(QLatin1String(row.id)), QString::fromUtf8(row.name),
                QString::fromLatin1(row.root) });
        return list;
    }();
    return types;
}

const ThingTypeInfo *ThingTypes::find(const QUuid &id)
{
    static const QHash<QUuid, const ThingTypeInfo *> table = [] {
        QHash<QUuid, const ThingTypeInfo *> byId;
        for (const ThingTypeInfo &type : all())
            byId.insert(type.id, &type);
        return byId;
    }();
    return table.value(id, nullptr);
}

} // namespace hearth::vault
