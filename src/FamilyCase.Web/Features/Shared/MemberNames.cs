using FamilyCase.Domain.Families;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.Shared;

/// <summary>How a person's name is shown: the name they use, then their last name.</summary>
public static class MemberNames
{
    public static string Full(string firstName, string lastName, string? preferredName) =>
        $"{(string.IsNullOrWhiteSpace(preferredName) ? firstName : preferredName)} {lastName}";

    /// <summary>The names of the given members, by id, read in one query.</summary>
    public static async Task<Dictionary<int, string>> LoadAsync(IQueryable<FamilyMember> members, CancellationToken cancellationToken) =>
        (await members.Select(m => new { m.Id, m.FirstName, m.LastName, m.PreferredName }).ToListAsync(cancellationToken))
            .ToDictionary(m => m.Id, m => Full(m.FirstName, m.LastName, m.PreferredName));
}
