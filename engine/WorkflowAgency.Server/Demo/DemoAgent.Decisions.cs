using System.Text.Json.Nodes;
using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Server.Demo;

internal sealed partial class DemoAgent
{
    /// <summary>How long people take over each task, before it is moved into working hours.</summary>
    private TimeSpan Delay(string stepId) => stepId switch
    {
        "contact" => world.Hours(2, 20),
        "capture" => world.Days(1, 3),
        "analyse" => world.Days(0.5, 2),
        "draft" => world.Days(1, 3),
        "review" or "overspend" or "approve" => world.Hours(2, 26),
        "contract" => world.Days(1, 4),
        "plan" => world.Days(1, 2),
        "creative" => world.Days(4, 10),
        "planning" => world.Days(3, 7),
        "production" => world.Days(6, 14),
        "coordinate" => world.Days(1, 3),
        "results" => world.Days(2, 5),
        "answer-questions" => world.Hours(3, 30),
        "close" => world.Days(1, 3),
        "chase" => world.Days(1, 2),
        "renewal" => world.Days(2, 8),
        _ => world.Days(1, 2),
    };

    private (string? Outcome, JsonObject? Data) Decide(WorkTask task, Engagement engagement)
    {
        switch (task.StepId)
        {
            case "contact":
                return (null, DemoForms.Contact(plan));
            case "capture":
                return (null, DemoForms.Brief(plan, world.Today, world.Random));
            case "analyse":
                var moreInfo = plan.MoreInfo && !_askedMoreInfo;
                _askedMoreInfo = true;
                return (moreInfo ? "more-info" : "ready", DemoForms.Analysis());
            case "draft":
                return (null, DemoForms.Proposal(plan));
            case "review":
                var rework = plan.Rework && !_reworked;
                _reworked = true;
                return (rework ? "rework" : "approve", null);
            case "contract":
                // Each round of changes trims the price a little.
                _contract = decimal.Round(plan.Fee * (1.1m - (0.04m * _changeRounds)), 0);
                return ("signed", DemoForms.Contract(_contract, world.Today));
            case "plan":
                return (null, DemoForms.Plan(_contract));
            case "production":
                return (null, new JsonObject { ["deliverable_name"] = "Campaign landing page" });
            case "coordinate":
                return (null, DemoForms.Coordinate(_contract, plan.Overspend));
            case "overspend" or "approve":
                return ("approve", null);
            case "results":
                return (null, DemoForms.Results(_contract));
            case "close":
                return (null, DemoForms.Close(world.NextInvoiceNumber(), _contract - _deposit, world.Today.AddDays(30)));
            case "chase":
                return ("wait", null);
            case "renewal":
                return Renewal();
            default:
                return (null, null);
        }
    }

    private (string Outcome, JsonObject Data) Renewal()
    {
        if (plan.RemindBeforeRenewal && !_reminded)
        {
            _reminded = true;
            return ("remind", new JsonObject { ["renewal_date"] = DemoForms.Date(world.Today.AddDays(world.Random.Next(20, 45))) });
        }
        return plan.Fate switch
        {
            DemoFate.Upsold => ("upsold", new JsonObject { ["upsell_value"] = decimal.Round(_contract * 0.3m, 0) }),
            DemoFate.Renewed => ("renewed", new JsonObject { ["upsell_value"] = world.Random.Next(2) == 0 ? decimal.Round(_contract * 0.15m, 0) : 0 }),
            _ => ("closed", new JsonObject()),
        };
    }

    /// <summary>The client's answer to a link and how long they take, or null when they let it time out; decided once per link.</summary>
    private (string Response, JsonObject Data, TimeSpan Delay)? Answer(Wait wait)
    {
        if (!_answers.TryGetValue(wait.Id, out var answer))
            _answers[wait.Id] = answer = Choose(wait);
        return answer;
    }

    private (string Response, JsonObject Data, TimeSpan Delay)? Choose(Wait wait)
    {
        switch (wait.Name)
        {
            case "proposal_response":
                if (_changeRounds < plan.ChangeRounds)
                {
                    _changeRounds++;
                    return ("changes", new JsonObject { ["comment"] = "Could we trim the budget a little?" }, world.Days(1, 6));
                }
                return plan.Fate switch
                {
                    DemoFate.Expired => null,
                    DemoFate.Declined => ("decline", new JsonObject { ["comment"] = "We went with another agency" }, world.Days(2, 10)),
                    _ when plan.AnswersAfterReminder && wait.StepId == "answer" => null,
                    _ => ("accept", new JsonObject(), world.Days(1, 6)),
                };
            case "report_feedback":
                return plan.ReportAnswer is { } answer ? (answer, new JsonObject(), world.Days(1, 4)) : null;
            case "survey":
                return plan.Recommend is { } score ? ("submit", DemoForms.Survey(score, world.Random), world.Days(1, 10)) : null;
            default:
                return null;
        }
    }
}
