namespace IntuneSupportBot.Intake;

public enum SensitiveDataKind
{
    Password,
    OneTimeCode,
    ResidentRegistrationNumber,
    CardNumber,
}
