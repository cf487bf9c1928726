#include "core/thing/ThingTypeRegistry.h"

#include "core/thing/Allergy.h"
#include "core/thing/AppSpecific.h"
#include "core/thing/BasicDemographics.h"
#include "core/thing/BloodGlucose.h"
#include "core/thing/BloodOxygenSaturation.h"
#include "core/thing/BloodPressure.h"
#include "core/thing/Ccd.h"
#include "core/thing/Ccr.h"
#include "core/thing/Cda.h"
#include "core/thing/CholesterolProfile.h"
#include "core/thing/Condition.h"
#include "core/thing/Contact.h"
#include "core/thing/Exercise.h"
#include "core/thing/File.h"
#include "core/thing/HbA1C.h"
#include "core/thing/HealthGoal.h"
#include "core/thing/HeartRate.h"
#include "core/thing/Height.h"
#include "core/thing/Immunization.h"
#include "core/thing/LabTestResults.h"
#include "core/thing/MedicalImageStudy.h"
#include "core/thing/Medication.h"
#include "core/thing/MedicationFill.h"
#include "core/thing/PersonalContactInformation.h"
#include "core/thing/PersonalDemographics.h"
#include "core/thing/PersonalImage.h"
#include "core/thing/Plan.h"
#include "core/thing/Procedure.h"
#include "core/thing/SleepJournalAm.h"
#include "core/thing/Task.h"
#include "core/thing/Thing.h"
#include "core/thing/VitalSigns.h"
#include "core/thing/Weight.h"

#include <QHash>

#include <functional>

namespace hearth {

namespace {

struct Row
{
    const char *id;
    const char *name;
    int version;
    const char *root;
    const char *schema;
    const char *schemaNamespace;
    const char *effectiveDateElement;
};

// From reference/healthvault/xsd/INDEX.md and each schema's
// targetNamespace. The effective-date element is Hearth's reading of each
// schema (HealthVault's own XPaths were never published).
const Row kRows[] = {
    { "10291bcd-6c33-4297-86df-167fedefd6d8", "Action plan (deprecated)", 1, "action-plan",
        "action-plan.xsd", "urn:com.microsoft.wc.thing.actionplan", "when" },
    { "822a5e5a-14f1-4d06-b92f-8f3f1b05218f", "Advance directive", 1, "directive", "directive.xsd",
        "urn:com.microsoft.wc.thing.directive", "when" },
    { "90dbf000-fc55-4b92-b4a1-da45c36ad8bb", "Aerobic exercise session", 1, "aerobic-session",
        "aerobic.xsd", "urn:com.microsoft.wc.thing.aerobic", "when" },
    { "7b2ea78c-4b78-4f75-a6a7-5396fe38b09a", "Aerobic profile", 1, "aerobic-profile",
        "aerobic-profile.xsd", "urn:com.microsoft.wc.thing.aerobic-profile", "when" },
    { "d65ad514-c492-4b59-bd05-f3f6cb43ceb3", "Allergic episode", 1, "allergic-episode",
        "allergic-episode.xsd", "urn:com.microsoft.wc.thing.allergic-episode", "when" },
    { "52bf9104-2c5e-4f1f-a66d-552ebcc53df7", "Allergy", 1, "allergy", "allergy.xsd",
        "urn:com.microsoft.wc.thing.allergy", "first-observed" },
    { "a5033c9d-08cf-4204-9bd3-cb412ce39fc0", "App-specific information", 1, "app-specific",
        "application.xsd", "urn:com.microsoft.wc.thing.application", "when" },
    { "9ad2a94f-c6a4-4d78-8b50-75b65be0e250", "Application data reference", 1,
        "application-data-reference", "application-data-reference.xsd",
        "urn:com.microsoft.wc.thing.application-data-reference", "when" },
    { "4b18aeb6-5f01-444c-8c70-dbf13a2f510b", "Appointment", 1, "appointment", "appointment.xsd",
        "urn:com.microsoft.wc.thing.appointment", "when" },
    { "ff9ce191-2096-47d8-9300-5469a9883746", "Asthma inhaler", 1, "asthma-inhaler",
        "asthma-inhaler.xsd", "urn:com.microsoft.wc.thing.inhaler", "when" },
    { "03efe378-976a-42f8-ae1e-507c497a8c6d", "Asthma inhaler usage", 1, "asthma-inhaler-use",
        "asthma-inhaler-use.xsd", "urn:com.microsoft.wc.thing.inhaler-use", "when" },
    { "bf516a61-5252-4c28-a979-27f45f62f78d", "Basic demographic information", 1, "basic",
        "basic.xsd", "urn:com.microsoft.wc.thing.basic", "" },
    { "3b3e6b16-eb69-483c-8d7e-dfe116ae6092", "Basic demographic information", 2, "basic",
        "basicV2.xsd", "urn:com.microsoft.wc.thing.basic", "" },
    { "879e7c04-4e8a-4707-9ad3-b054df467ce4", "Blood glucose", 1, "blood-glucose",
        "blood-glucose.xsd", "urn:com.microsoft.wc.thing.BloodGlucose", "when" },
    { "3a54f95f-03d8-4f62-815f-f691fc94a500", "Blood oxygen saturation", 1,
        "blood-oxygen-saturation", "blood-oxygen-saturation.xsd",
        "urn:com.microsoft.wc.thing.blood-oxygen-saturation", "when" },
    { "ca3c57f4-f4c1-4e15-be67-0a3caf5414ed", "Blood pressure", 1, "blood-pressure", "bp.xsd",
        "urn:com.microsoft.wc.thing.BloodPressure", "when" },
    { "18adc276-5144-4e7e-bf6c-e56d8250adf8", "Body composition", 1, "body-composition",
        "body-composition.xsd", "urn:com.microsoft.wc.thing.body-composition", "when" },
    { "dd710b31-2b6f-45bd-9552-253562b9a7c1", "Body dimension", 1, "body-dimension",
        "body-dimension.xsd", "urn:com.microsoft.wc.thing.body-dimension", "when" },
    { "d3170d30-a41b-4bde-a116-87698c8a001a", "Calorie guideline", 1, "calorie-guideline",
        "calorie-guideline.xsd", "urn:com.microsoft.wc.thing.calorie-guideline", "when" },
    { "adaf49ad-8e10-49f8-9783-174819e97051", "Cardiac profile", 1, "cardiac-profile",
        "cardiac-profile.xsd", "urn:com.microsoft.wc.thing.cardiac-profile", "when" },
    { "415c95e0-0533-4d9c-ac73-91dc5031186c", "Care plan", 1, "care-plan", "care-plan.xsd",
        "urn:com.microsoft.wc.thing.care-plan", "when" },
    { "796c186f-b874-471c-8468-3eeff73bf66e", "Cholesterol", 1, "cholesterol-profile",
        "cholesterol-profile.xsd", "urn:com.microsoft.wc.thing.cholesterol-profile", "when" },
    { "98f76958-e34f-459b-a760-83c1699add38", "Cholesterol", 2, "cholesterol-profile",
        "cholesterol-profile.2.xsd", "urn:com.microsoft.wc.thing.cholesterol-profile", "when" },
    { "1ed1cba6-9530-44a3-b7b5-e8219690ebcf", "Clinical Document Architecture (CDA)", 1,
        "ClinicalDocument", "cda.xsd", "urn:hl7-org:v3", "" },
    { "9f4e0fcd-10d7-416d-855a-90514ce2016b", "Comment", 1, "comment", "comment.xsd",
        "urn:com.microsoft.wc.thing.comment", "when" },
    { "aea2e8f2-11dd-4a7d-ab43-1d58764ebc19", "Concern", 1, "concern", "concern.xsd",
        "urn:com.microsoft.wc.thing.concern", "when" },
    { "7ea7a1f9-880b-4bd4-b593-f5660f20eda8", "Condition", 1, "condition", "condition.xsd",
        "urn:com.microsoft.wc.thing.condition", "onset-date" },
    { "25c94a9f-9d3d-4576-96dc-6791178a8143", "Contact", 1, "person", "person.xsd",
        "urn:com.microsoft.wc.thing.person", "" },
    { "9c48a2b8-952c-4f5a-935d-f3292326bf54", "Continuity of Care Document (CCD)", 1,
        "ClinicalDocument", "cda.xsd", "urn:hl7-org:v3", "" },
    { "1e1ccbfc-a55d-4d91-8940-fa2fbf73c195", "Continuity of Care Record (CCR)", 1,
        "ContinuityOfCareRecord", "ccr.xsd", "urn:astm-org:CCR", "" },
    { "046d0ad7-6d7f-4bfd-afd4-4192ca2e913d", "Contraindication", 1, "contraindication",
        "contraindication.xsd", "urn:com.microsoft.wc.thing.contraindication", "when" },
    { "9c29c6b9-f40e-44ff-b24e-fba6f3074638", "Daily dietary intake", 1, "dietary-intake-daily",
        "dietary-intake-daily.xsd", "urn:com.microsoft.wc.thing.dietary-intake-daily", "when" },
    { "a9a76456-0357-493e-b840-598bbb9483fd", "Daily medication usage", 1, "daily-medication-usage",
        "daily-medication-usage.xsd", "urn:com.microsoft.wc.thing.daily-medication-usage", "when" },
    { "a3d38add-b7b2-4ccd-856b-9b14bbc4e075", "Defibrillator episode", 1, "defibrillator-episode",
        "defibrillator-episode.xsd", "urn:com.microsoft.wc.thing.defibrillator-episode", "when" },
    { "80cf4080-ad3f-4bb5-a0b5-907c22f73017", "Diabetic profile", 1, "diabetic-profile",
        "diabetic-profile.xsd", "urn:com.microsoft.wc.thing.diabetic-profile", "when" },
    { "02ef57a2-a620-425a-8e92-a301542cca54", "Discharge summary", 1, "discharge-summary",
        "discharge-summary.xsd", "urn:com.microsoft.wc.thing.discharge-summary", "when" },
    { "0aa6a4c7-cef5-46ea-970e-206c8402dccb", "Education - MyData file (preview)", 1,
        "mydata-education-file", "mydata-education-file.xsd",
        "urn:com.microsoft.wc.thing.mydata-education-file", "when" },
    { "c3353437-7a5e-46be-8e1a-f93dac872a68", "Education - SIF student academic record (preview)",
        1, "StudentAcademicRecord", "sif-student-academic-record.xsd",
        "http://www.sifinfo.org/infrastructure/2.x", "when" },
    { "9df1163d-eae1-405e-8a66-8aaf19bd5fc7", "Education document (preview)", 1,
        "education-document", "education-document.xsd",
        "urn:com.microsoft.wc.thing.education-document", "when" },
    { "4b7971d6-e427-427d-bf2c-2fbcf76606b3", "Emotional state", 1, "emotion", "emotion.xsd",
        "urn:com.microsoft.wc.thing.emotion", "when" },
    { "3d4bdf01-1b3e-4afc-b41c-bd3e641a6da7", "Encounter", 1, "encounter", "encounter-old.xsd",
        "urn:com.microsoft.wc.thing.encounter", "when" },
    { "464083cc-13de-4f3e-a189-da8e47d5651b", "Encounter", 2, "encounter", "encounter.xsd",
        "urn:com.microsoft.wc.thing.encounter", "when" },
    { "85a21ddb-db20-4c65-8d30-33c899ccf612", "Exercise", 2, "exercise", "exercise.xsd",
        "urn:com.microsoft.wc.thing.exercise", "when" },
    { "e1f92d7f-9699-4483-8223-8442874ec6d9", "Exercise samples", 1, "exercise-samples",
        "exercise-samples.xsd", "urn:com.microsoft.wc.thing.exercise-samples", "when" },
    { "356fbba9-e0c9-4f4f-b0d9-4594f2490d2f", "Explanation of benefits (EOB)", 1,
        "explanation-of-benefits", "explanation-of-benefits.xsd",
        "urn:com.microsoft.wc.thing.explanation-of-benefits", "when" },
    { "6d39f894-f7ac-4fce-ac78-b22693bf96e6", "Family history", 1, "family-history",
        "family-history.1.xsd", "urn:com.microsoft.wc.thing.family-history", "when" },
    { "22826e13-41e1-4ba3-8447-37dadd208fd8", "Family history", 2, "family-history",
        "family-history.xsd", "urn:com.microsoft.wc.thing.family-history", "when" },
    { "4a04fcc8-19c1-4d59-a8c7-2031a03f21de", "Family history", 3, "family-history",
        "family-history.3.xsd", "urn:com.microsoft.wc.thing.family-history", "when" },
    { "6705549b-0e3d-474e-bfa7-8197ddd6786a", "Family history condition", 1,
        "family-history-condition", "family-history-condition.xsd",
        "urn:com.microsoft.wc.thing.family-history-condition", "when" },
    { "cc23422c-4fba-4a23-b52a-c01d6cd53fdf", "Family history person", 1, "family-history-person",
        "family-history-person.xsd", "urn:com.microsoft.wc.thing.family-history-person", "when" },
    { "bd0403c5-4ae2-4b0e-a8db-1888678e4528", "File", 1, "file", "file.xsd",
        "urn:com.microsoft.wc.thing.file", "" },
    { "089646a6-7e25-4495-ad15-3e28d4c1a71d", "Food & drink", 1, "dietary-intake",
        "dietary-intake.xsd", "urn:com.microsoft.wc.thing.dietary-intake", "when" },
    { "9d006053-116c-43cc-9554-e0cda43558cb", "Genetic SNP result", 1, "genetic-snp-results",
        "genetic-snp-results.xsd", "urn:com.microsoft.wc.thing.genetic-snp-result", "when" },
    { "66ac44c7-1d60-4e95-bb5b-d21490e91057", "Group membership", 1, "group-membership",
        "group-membership.xsd", "urn:com.microsoft.wc.thing.group-membership", "when" },
    { "e75fa095-31ed-4b30-b5f7-463963b5e734", "Group membership activity", 1,
        "group-membership-activity", "group-membership-activity.xsd",
        "urn:com.microsoft.wc.thing.group-membership-activity", "when" },
    { "62160199-b80f-4905-a55a-ac4ba825ceae", "HbA1C", 0, "HbA1C", "HbA1C.2.xsd",
        "urn:com.microsoft.wc.thing.HbA1C", "when" },
    { "227f55fb-1001-4d4e-9f6a-8d893e07b451", "HbA1C", 1, "HbA1C", "HbA1C.xsd",
        "urn:com.microsoft.wc.thing.HbA1C", "when" },
    { "58fd8ac4-6c47-41a3-94b2-478401f0e26c", "Health assessment", 1, "health-assessment",
        "health-assessment.xsd", "urn:com.microsoft.wc.thing.health-assessment", "when" },
    { "1572af76-1653-4c39-9683-9f9ca6584ba3", "Health event", 1, "health-event", "health-event.xsd",
        "urn:com.microsoft.wc.thing.health-event", "when" },
    { "dad8bb47-9ad0-4f09-a020-0ff051d1d0f7", "Health goal", 1, "health-goal", "health-goal.xsd",
        "urn:com.microsoft.wc.thing.goal", "start-date" },
    { "21d75546-8717-4deb-8b17-a57f48917790", "Health journal entry", 1, "health-journal-entry",
        "health-journal-entry.xsd", "urn:com.microsoft.wc.thing.health-journal-entry", "when" },
    { "7ea47715-cba4-47f0-99d2-eb0a9fb4a85c", "Healthcare proxy", 1, "healthcare-proxy",
        "healthcare-proxy.xsd", "urn:com.microsoft.wc.thing.healthcare-proxy", "when" },
    { "b81eb4a6-6eac-4292-ae93-3872d6870994", "Heart rate", 1, "heart-rate", "heart-rate.xsd",
        "urn:com.microsoft.wc.thing.heart-rate", "when" },
    { "40750a6a-89b2-455c-bd8d-b420a4cb500b", "Height", 1, "height", "height.xsd",
        "urn:com.microsoft.wc.thing.height", "when" },
    { "3d817dbe-af42-4a9d-a553-d1298b4d08fc", "Immunization", 1, "immunization",
        "immunization.1.xsd", "urn:com.microsoft.wc.thing.immunization", "administration-date" },
    { "cd3587b5-b6e1-4565-ab3b-1c3ad45eb04f", "Immunization", 2, "immunization", "immunization.xsd",
        "urn:com.microsoft.wc.thing.immunization", "administration-date" },
    { "5d15b7bc-0499-4dc4-8df7-ef1a2332cfb5", "Insight", 1, "insight", "insight.1.xsd",
        "urn:com.microsoft.wc.thing.insight", "when" },
    { "3b3c053b-b1fe-4e11-9e22-d4b480de74e8", "Insulin injection", 1, "insulin-injection",
        "insulin-injection.xsd", "urn:com.microsoft.wc.thing.insulin", "when" },
    { "184166be-8adb-4d9c-8162-c403040e31ad", "Insulin injection usage", 1,
        "diabetes-insulin-injection-use", "insulin-injection-use.xsd",
        "urn:com.microsoft.wc.thing.insulin-injection-use", "when" },
    { "9366440c-ec81-4b89-b231-308a4c4d70ed", "Insurance plan", 1, "payer", "payer.xsd",
        "urn:com.microsoft.wc.thing.payer", "when" },
    { "f57746af-9631-49dc-944e-2c92bee0d1e9", "Lab results", 1, "lab-test-results",
        "lab-test-results.1.xsd", "urn:com.microsoft.wc.thing.lab-test-results", "when" },
    { "5800eab5-a8c2-482a-a4d6-f1db25ae08c3", "Lab results", 2, "lab-test-results",
        "lab-test-results.xsd", "urn:com.microsoft.wc.thing.lab-test-results", "when" },
    { "609319bf-35cc-40a4-b9d7-1b329679baaa", "Life goal", 1, "life-goal", "life-goal.xsd",
        "urn:com.microsoft.wc.thing.life-goal", "when" },
    { "074e122a-335a-4a47-a63d-00a8f3e79e60", "Meal definition", 1, "meal-definition",
        "meal-definition.xsd", "urn:com.microsoft.wc.thing.meal-definition", "when" },
    { "7ab3e662-cc5b-4be2-bf38-78f8aad5b161", "Medical annotation", 1, "annotation",
        "annotation.xsd", "urn:com.microsoft.wc.thing.annotation", "when" },
    { "ef9cf8d5-6c0b-4292-997f-4047240bc7be", "Medical device", 1, "device", "device.xsd",
        "urn:com.microsoft.wc.thing.equipment", "when" },
    { "c75651c8-548e-449f-8942-9e6379b0b88a", "Medical image study", 1, "medical-image-study",
        "medical-image-study.xsd", "urn:com.microsoft.wc.thing.medical-images", "when" },
    { "cdfc0a9b-6d3b-4d16-afa8-02b86d621a8d", "Medical image study", 2, "medical-image-study",
        "medical-image-study.2.xsd", "urn:com.microsoft.wc.thing.medical-images", "when" },
    { "5e2c027e-3417-4cfc-bd10-5a6f2e91ad23", "Medical problem", 1, "problem", "problem.xsd",
        "urn:com.microsoft.wc.thing.problem", "when" },
    { "5c5f1223-f63c-4464-870c-3e36ba471def", "Medication", 1, "medication", "medication.1.xsd",
        "urn:com.microsoft.wc.thing.medication", "date-prescribed" },
    { "30cafccc-047d-4288-94ef-643571f7919d", "Medication", 2, "medication", "medication.xsd",
        "urn:com.microsoft.wc.thing.medication", "date-started" },
    { "167ecf6b-bb54-43f9-a473-507b334907e0", "Medication fill", 1, "medication-fill",
        "medication-fill.xsd", "urn:com.microsoft.wc.thing.medication-fill", "date-filled" },
    { "caff3ff3-812f-44b1-9c9f-c1af13167705", "Menstruation", 1, "menstruation", "menstruation.xsd",
        "urn:com.microsoft.wc.thing.menstruation", "when" },
    { "72dc49e1-1486-4634-b651-ef560ed051e5", "Message", 1, "message", "message.xsd",
        "urn:com.microsoft.wc.thing.message", "when" },
    { "b8fcb138-f8e6-436a-a15d-e3a2d6916094", "Microbiology lab test result", 1,
        "microbiology-lab-results", "microbiology-lab-results.xsd",
        "urn:com.microsoft.wc.thing.microbiology", "when" },
    { "9085cad9-e866-4564-8a91-7ad8685d204d", "PAP session", 1, "pap-session", "pap-session.xsd",
        "urn:com.microsoft.wc.thing.pap-session", "when" },
    { "c9287326-bb43-4194-858c-8b60768f000f", "Password-protected package", 1,
        "password-protected-package", "password-protected-package.xsd",
        "urn:com.microsoft.wc.thing.password.protected.package", "when" },
    { "5d8419af-90f0-4875-a370-0f881c18f6b3", "Peak flow", 2, "peak-flow", "peak-flow.xsd",
        "urn:com.microsoft.wc.thing.peak-flow", "when" },
    { "162dd12d-9859-4a66-b75f-96760d67072b", "Personal contact information", 1, "contact",
        "contact.xsd", "urn:com.microsoft.wc.thing.contact", "" },
    { "92ba621e-66b3-4a01-bd73-74844aed4f5b", "Personal demographic information", 1, "personal",
        "personal.xsd", "urn:com.microsoft.wc.thing.personal", "" },
    { "a5294488-f865-4ce3-92fa-187cd3b58930", "Personal picture", 1, "personal-image",
        "personal-image.xsd", "urn:com.microsoft.wc.thing.personal-image", "" },
    { "504d6c08-68f9-4e07-8699-5fb55678f13d", "Plan", 1, "plan", "plan.xsd",
        "urn:com.microsoft.wc.thing.plan", "" },
    { "46d485cf-2b84-429d-9159-83152ba801f4", "Pregnancy", 1, "pregnancy", "pregnancy.xsd",
        "urn:com.microsoft.wc.thing.pregnancy", "when" },
    { "0a5f9a43-dc88-4e9f-890f-1f9159b76e7b", "Procedure", 1, "procedure", "procedure.1.xsd",
        "urn:com.microsoft.wc.thing.procedure", "when" },
    { "df4db479-a1ba-42a2-8714-2b083b88150f", "Procedure", 2, "procedure", "procedure.xsd",
        "urn:com.microsoft.wc.thing.procedure", "when" },
    { "55d33791-58de-4cae-8c78-819e12ba5059", "Question & answer", 1, "question-answer",
        "question-answer.xsd", "urn:com.microsoft.wc.thing.question-answer", "when" },
    { "e4911bd3-61bf-4e10-ae78-9c574b888b8f", "Radiology result", 1, "radiology-lab-results",
        "radiology-lab-results.xsd", "urn:com.microsoft.wc.thing.radiology-lab-results", "when" },
    { "5fd15cb7-b717-4b1c-89e0-1dbcf7f815dd", "Respiratory profile", 1, "respiratory-profile",
        "respiratory-profile.xsd", "urn:com.microsoft.wc.thing.respiratory-profile", "when" },
    { "031f5706-7f1a-11db-ad56-7bd355d89593", "Sleep journal entry", 1, "sleep-pm",
        "sleepjournal-pm.xsd", "urn:com.microsoft.wc.thing.sjpm", "when" },
    { "11c52484-7f1a-11db-aeac-87d355d89593", "Sleep session", 1, "sleep-am", "sleepjournal-am.xsd",
        "urn:com.microsoft.wc.thing.sjam", "when" },
    { "921588d1-27bf-423c-8e55-650d2fedb3e0", "Spirometer reading", 1, "spirometer",
        "spirometer.xsd", "urn:com.microsoft.wc.thing.spirometer", "when" },
    { "d33a32b2-00de-43b8-9f2a-c4c7e9f580ec", "Status", 1, "status", "status.xsd",
        "urn:com.microsoft.wc.thing.status", "when" },
    { "6184d61f-4846-4219-b675-b61de85860d1", "Task", 1, "task", "task.xsd",
        "urn:com.microsoft.wc.thing.task", "date-started" },
    { "b54a6e00-c1fb-4e22-8694-0a4ae94e8cb6", "Task tracking entry", 1, "task-tracking-entry",
        "task-tracking-entry.xsd", "urn:com.microsoft.wc.thing.task-tracking-entry", "when" },
    { "73822612-c15f-4b49-9e65-6af369e55c65", "Vital signs", 1, "vital-signs", "vital-signs.xsd",
        "urn:com.microsoft.wc.thing.vital-signs", "when" },
    { "d4b48e6b-50fa-4ba8-ac73-7d64a68dc328", "Web link", 1, "link", "link.xsd",
        "urn:com.microsoft.wc.thing.link", "when" },
    { "e4501363-fb95-4a11-bb60-da64e98048b5", "Weekly aerobic exercise goal", 1, "aerobic-weekly",
        "aerobic-weekly.xsd", "urn:com.microsoft.wc.thing.aerobic-weekly", "when" },
    { "3d34d87e-7fc1-4153-800f-f56592cb0d17", "Weight", 1, "weight", "weight.xsd",
        "urn:com.microsoft.wc.thing.weight", "when" },
    { "b7925180-d69e-48fa-ae1d-cb3748ca170e", "Weight goal", 1, "weight-goal", "weight-goal.xsd",
        "urn:com.microsoft.wc.thing.weight-goal", "when" },
};

template<class T> QString summaryOf(const Thing &thing)
{
    const auto typed = T::fromThing(thing);
    return typed ? typed->summary() : QString();
}

using Summarizer = std::function<QString(const Thing &)>;

const QHash<QUuid, Summarizer> &summarizers()
{
    static const QHash<QUuid, Summarizer> table = [] {
        QHash<QUuid, Summarizer> t;
        auto add = [&t](const QUuid &id, Summarizer s) { t.insert(id, std::move(s)); };
        add(Weight::typeId(), summaryOf<Weight>);
        add(Height::typeId(), summaryOf<Height>);
        add(BloodPressure::typeId(), summaryOf<BloodPressure>);
        add(BloodGlucose::typeId(), summaryOf<BloodGlucose>);
        add(HeartRate::typeId(), summaryOf<HeartRate>);
        add(BloodOxygenSaturation::typeId(), summaryOf<BloodOxygenSaturation>);
        add(CholesterolProfile::typeId(), summaryOf<CholesterolProfile>);
        add(HbA1C::typeId(), summaryOf<HbA1C>);
        add(Exercise::typeId(), summaryOf<Exercise>);
        add(SleepJournalAm::typeId(), summaryOf<SleepJournalAm>);
        add(Medication::typeId(), summaryOf<Medication>);
        for (const QUuid &old : Medication::olderTypeIds())
            add(old, summaryOf<Medication>);
        add(MedicationFill::typeId(), summaryOf<MedicationFill>);
        add(Allergy::typeId(), summaryOf<Allergy>);
        add(Condition::typeId(), summaryOf<Condition>);
        add(Immunization::typeId(), summaryOf<Immunization>);
        for (const QUuid &old : Immunization::olderTypeIds())
            add(old, summaryOf<Immunization>);
        add(Procedure::typeId(), summaryOf<Procedure>);
        for (const QUuid &old : Procedure::olderTypeIds())
            add(old, summaryOf<Procedure>);
        add(LabTestResults::typeId(), summaryOf<LabTestResults>);
        add(File::typeId(), summaryOf<File>);
        add(PersonalImage::typeId(), summaryOf<PersonalImage>);
        add(MedicalImageStudy::typeId(), summaryOf<MedicalImageStudy>);
        add(Ccr::typeId(), summaryOf<Ccr>);
        add(Ccd::typeId(), summaryOf<Ccd>);
        add(Cda::typeId(), summaryOf<Cda>);
        add(Contact::typeId(), summaryOf<Contact>);
        add(PersonalContactInformation::typeId(), summaryOf<PersonalContactInformation>);
        add(BasicDemographics::typeId(), summaryOf<BasicDemographics>);
        add(PersonalDemographics::typeId(), summaryOf<PersonalDemographics>);
        add(HealthGoal::typeId(), summaryOf<HealthGoal>);
        add(Plan::typeId(), summaryOf<Plan>);
        add(Task::typeId(), summaryOf<Task>);
        add(AppSpecific::typeId(), summaryOf<AppSpecific>);
        add(VitalSigns::typeId(), summaryOf<VitalSigns>);
        return t;
    }();
    return table;
}

// A date in any of the dates.xsd shapes the element may hold.
QDateTime dateIn(const XmlNode &element)
{
    if (element.child(u"date"))
        return HealthDateTime::read(element).toDateTime();
    if (element.child(u"structured") || element.child(u"descriptive"))
        return ApproxDateTime::read(element).toDateTime();
    if (element.child(u"y"))
        return QDateTime(ApproxDate::read(element).earliest(), QTime(0, 0));
    return {};
}

} // namespace

const QList<ThingTypeInfo> &ThingTypeRegistry::all()
{
    static const QList<ThingTypeInfo> types = [] {
        QList<ThingTypeInfo> list;
        for (const Row &row : kRows) {
            ThingTypeInfo info;
            info.id = QUuid::fromString(QLatin1String(row.id));
            info.name = QString::fromUtf8(row.name);
            info.version = row.version;
            info.rootElement = QString::fromLatin1(row.root);
            info.schemaFile = QString::fromLatin1(row.schema);
            info.schemaNamespace = QString::fromLatin1(row.schemaNamespace);
            info.effectiveDateElement = QString::fromLatin1(row.effectiveDateElement);
            info.hasTypedClass = summarizers().contains(info.id);
            list.append(info);
        }
        return list;
    }();
    return types;
}

const ThingTypeInfo *ThingTypeRegistry::find(const QUuid &id)
{
    for (const ThingTypeInfo &info : all()) {
        if (info.id == id)
            return &info;
    }
    return nullptr;
}

const ThingTypeInfo *ThingTypeRegistry::newestVersion(const QUuid &id)
{
    const ThingTypeInfo *type = find(id);
    if (!type)
        return nullptr;
    const ThingTypeInfo *newest = type;
    for (const ThingTypeInfo &info : all()) {
        if (info.name == type->name && info.rootElement == type->rootElement
            && info.version > newest->version)
            newest = &info;
    }
    return newest;
}

QDateTime ThingTypeRegistry::effectiveDate(const Thing &thing)
{
    const ThingTypeInfo *type = find(thing.typeId());
    const XmlNode *root = thing.dataRoot();
    if (type && root && !type->effectiveDateElement.isEmpty()) {
        if (const XmlNode *element = root->child(type->effectiveDateElement)) {
            const QDateTime date = dateIn(*element);
            if (date.isValid())
                return date;
        }
    }
    const auto created = thing.created();
    return created ? created->timestamp : QDateTime();
}

QString ThingTypeRegistry::summary(const Thing &thing)
{
    const auto summarizer = summarizers().constFind(thing.typeId());
    if (summarizer != summarizers().constEnd()) {
        const QString line = (*summarizer)(thing);
        if (!line.isEmpty())
            return line;
    }
    const ThingTypeInfo *type = find(thing.typeId());
    return type ? type->name : thing.typeName();
}

} // namespace hearth
