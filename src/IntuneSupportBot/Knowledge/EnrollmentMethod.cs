namespace IntuneSupportBot.Knowledge;

/// <summary>
/// The catalog's enrollment-method vocabulary. <see cref="Unknown"/> is only valid in a report,
/// <see cref="Any"/> only in the catalog.
/// </summary>
public enum EnrollmentMethod
{
    Unknown,
    Any,
    Autopilot,
    AutomaticMdm,
    CompanyPortal,
    Ade,
    UserEnrollment,
    AndroidWorkProfile,
    AndroidFullyManaged,
    AndroidCorporateWorkProfile,
    AndroidDedicated,
    CoManagement,
    BulkEnrollment,
}
