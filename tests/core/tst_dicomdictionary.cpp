#include "core/imaging/DicomDictionary.h"

#include <QTest>

#include <dcmtk/dcmdata/dcdicent.h>
#include <dcmtk/dcmdata/dcdict.h>

class TestDicomDictionary : public QObject
{
    Q_OBJECT
private slots:
    void isLoaded() { QCOMPARE(hearth::DicomDictionary::check(), QString()); }

    void knowsPatientName()
    {
        const DcmDataDictionary &dict = dcmDataDict.rdlock();
        const DcmDictEntry *entry = dict.findEntry("PatientName");
        const bool found = entry && entry->getGroup() == 0x0010 && entry->getElement() == 0x0010;
        dcmDataDict.rdunlock();
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TestDicomDictionary)
#include "tst_dicomdictionary.moc"
