namespace IntuneSupportBot.Knowledge;

public enum WhoCanFix
{
    User,
    Helpdesk,
    IntuneAdmin,
    Microsoft,
}
