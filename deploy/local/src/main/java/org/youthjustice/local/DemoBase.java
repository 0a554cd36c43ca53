package org.youthjustice.local;

import java.util.List;

/**
 * The hand-written first demo records: the agencies, workers and postings of the demo users, and six referrals
 * across the five cities. {@link DemoCatalogue} adds the generated rest.
 */
final class DemoBase {

    static final List<DemoRecord> RECORDS = List.of(
            new DemoRecord("admin.ops", "/api/agencies", """
                    {"creditCode": "52440100MJL123454L", \
                    "name": "Guangzhou Sunshine Judicial Social Work Service Centre", "region": "440100"}"""),
            new DemoRecord("admin.ops", "/api/agencies", """
                    {"creditCode": "52440100MJL6789007", \
                    "name": "Guangzhou Youth Bridge Social Work Service Centre", "region": "440100"}"""),
            // the workers of the demo accounts (worker_id W0001-W0003); names and numbers are fictional
            new DemoRecord("sup.wang", "/api/workers", """
                    {"workerId": "W0001", "agencyCode": "52440100MJL123454L", "name": "李伟", \
                    "identityNumber": "440104199003150025", "phone": "13800000001", \
                    "qualification": {"level": "SOCIAL_WORKER", "certificateNumber": "2019035440100001", \
                    "issuedOn": "2019-06-30", "expiresOn": "2029-06-29"}, \
                    "specialisations": ["JUDICIAL", "YOUTH_AFFAIRS"], "frontLine": true}"""),
            new DemoRecord("sup.wang", "/api/workers", """
                    {"workerId": "W0002", "agencyCode": "52440100MJL123454L", "name": "陈静", \
                    "identityNumber": "440104199207080049", "phone": "13800000002", \
                    "qualification": {"level": "ASSISTANT_SOCIAL_WORKER", "certificateNumber": "2022034440100002", \
                    "issuedOn": "2022-01-11", "expiresOn": "2027-01-10"}, \
                    "specialisations": ["FAMILY", "PSYCHOLOGICAL"], "frontLine": true}"""),
            new DemoRecord("admin.ops", "/api/workers", """
                    {"workerId": "W0003", "agencyCode": "52440100MJL6789007", "name": "周敏", \
                    "identityNumber": "440106198901220038", "phone": "13800000003", \
                    "qualification": {"level": "SENIOR_SOCIAL_WORKER", "certificateNumber": "2018036440100003", \
                    "issuedOn": "2018-06-30", "expiresOn": "2028-06-29"}, \
                    "specialisations": ["YOUTH_AFFAIRS", "EMPLOYMENT"], "frontLine": true}"""),
            new DemoRecord("sup.wang", "/api/workers/W0001/postings", """
                    {"siteCode": "JO-440104-01", "siteKind": "JUDICIAL_OFFICE", "from": "2026-01-01", \
                    "fraction": 0.5, "dutyDaysPerWeek": 3}"""),
            new DemoRecord("sup.wang", "/api/workers/W0001/postings", """
                    {"siteCode": "CT-440104", "siteKind": "COURT", "from": "2026-01-01", \
                    "fraction": 0.5, "dutyDaysPerWeek": 2}"""),
            new DemoRecord("sup.wang", "/api/workers/W0002/postings", """
                    {"siteCode": "JO-440104-01", "siteKind": "JUDICIAL_OFFICE", "from": "2026-01-01", \
                    "fraction": 1, "dutyDaysPerWeek": 5}"""),
            new DemoRecord("admin.ops", "/api/workers/W0003/postings", """
                    {"siteCode": "CM-440106-03", "siteKind": "COMMUNITY", "from": "2026-03-01", \
                    "fraction": 0.5, "dutyDaysPerWeek": 3}"""),
            new DemoRecord("admin.ops", "/api/workers/W0003/postings", """
                    {"siteCode": "JO-440106-01", "siteKind": "JUDICIAL_OFFICE", "from": "2026-03-01", \
                    "fraction": 0.5, "dutyDaysPerWeek": 2}"""),
            new DemoRecord("sup.wang", "/api/workers/W0001/trainings", """
                    {"topic": "Motivational interviewing with juveniles", \
                    "provider": "Guangdong Social Work Association", \
                    "trainingBase": "Guangzhou Juvenile Justice Social Work Training Base", "hours": 6.5, \
                    "heldOn": "2026-03-14"}"""),
            // courts appoint people's assessors, not agencies: the admin records the Yuexiu court's appointment
            new DemoRecord("admin.ops", "/api/workers/W0001/assessor-appointments", """
                    {"courtCode": "CT-440104", "appointedOn": "2025-01-01"}"""),
            // cases referred by the Yuexiu court across the five cities; juveniles fictional, numbers made with
            // IdentityNumber.compose; jo.zhao (JO-440104-01) supervises the first two
            new DemoRecord("court.liu", "/api/cases", """
                    {"type": "CORRECTION", "correctionKind": "PROBATION", "officeCode": "JO-440104-01", \
                    "periodStart": "2026-12-01", "periodEnd": "2027-11-30", "offenceDate": "2026-03-02", \
                    "regionCode": "440104", "gridCode": "440104-003-07", "juvenile": {"name": "陈小明", \
                    "identityNumber": "440104201003151239", "phone": "13800000001", \
                    "address": "广东省广州市越秀区示例路1号", \
                    "guardians": [{"name": "陈大华", "phone": "13900000001"}]}}"""),
            new DemoRecord("court.liu", "/api/cases", """
                    {"type": "PREVENTION", "referralSource": "SCHOOL", "officeCode": "JO-440104-01", \
                    "regionCode": "440106", "gridCode": "440106-011-02", "juvenile": {"name": "林小红", \
                    "identityNumber": "440106200908220241", "phone": "13800000002", \
                    "address": "广东省广州市天河区示例路2号", \
                    "guardians": [{"name": "林国强", "phone": "13900000002"}]}}"""),
            new DemoRecord("court.liu", "/api/cases", """
                    {"type": "CORRECTION", "correctionKind": "CONTROL", "officeCode": "JO-440305-01", \
                    "periodStart": "2026-12-15", "periodEnd": "2027-06-14", "offenceDate": "2026-04-20", \
                    "regionCode": "440305", "juvenile": {"name": "黄小强", "identityNumber": "440305201101070579", \
                    "phone": "13800000003", "address": "广东省深圳市南山区示例路3号"}}"""),
            new DemoRecord("court.liu", "/api/cases", """
                    {"type": "CORRECTION", "correctionKind": "PAROLE", "officeCode": "JO-440703-01", \
                    "periodStart": "2026-12-01", "periodEnd": "2028-05-31", "offenceDate": "2025-06-01", \
                    "regionCode": "440703", "juvenile": {"name": "李小军", "identityNumber": "440703200911300887", \
                    "phone": "13800000004", "address": "广东省江门市蓬江区示例路4号"}}"""),
            new DemoRecord("court.liu", "/api/cases", """
                    {"type": "PREVENTION", "referralSource": "POLICE", "officeCode": "JO-441900-01", \
                    "regionCode": "441900", "juvenile": {"name": "王小东", "identityNumber": "441900201006041317", \
                    "phone": "13800000005", "address": "广东省东莞市示例路5号"}}"""),
            new DemoRecord("court.liu", "/api/cases", """
                    {"type": "CORRECTION", "correctionKind": "TEMPORARY_EXECUTION_OUTSIDE_PRISON", \
                    "officeCode": "JO-442000-01", "periodStart": "2026-12-01", "periodEnd": "2027-05-31", \
                    "offenceDate": "2026-04-01", "regionCode": "442000", "juvenile": {"name": "吴小丽", \
                    "identityNumber": "442000201202190469", "phone": "13800000006", \
                    "address": "广东省中山市示例路6号"}}"""));

    private DemoBase() {
    }
}
