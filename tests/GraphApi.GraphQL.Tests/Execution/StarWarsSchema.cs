using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Types.CodeFirst;

namespace GraphApi.GraphQL.Tests.Execution;

// graphql-js src/__tests__/starWarsSchema.ts and starWarsData.ts, built code-first.
[GraphQLDescription("One of the films in the Star Wars Trilogy")]
public enum Episode
{
    [GraphQLDescription("Released in 1977.")]
    NewHope = 4,
    [GraphQLDescription("Released in 1980.")]
    Empire = 5,
    [GraphQLDescription("Released in 1983.")]
    Jedi = 6,
}

[GraphQLInterface]
[GraphQLName("Character")]
[GraphQLDescription("A character in the Star Wars Trilogy")]
public interface ICharacter
{
    [GraphQLDescription("The id of the character.")]
    string Id { get; }

    [GraphQLDescription("The name of the character.")]
    string? Name { get; }

    [GraphQLDescription("The friends of the character, or an empty list if they have none.")]
    IEnumerable<ICharacter?>? GetFriends();

    [GraphQLDescription("Which movies they appear in.")]
    IEnumerable<Episode?>? AppearsIn { get; }

    [GraphQLDescription("All secrets about their past.")]
    string? GetSecretBackstory();
}

[GraphQLDescription("A humanoid creature in the Star Wars universe.")]
public sealed record Human(string Id, string? Name, IReadOnlyList<string> FriendIds, IEnumerable<Episode?>? AppearsIn, string? HomePlanet) : ICharacter
{
    public IEnumerable<ICharacter?>? GetFriends() => StarWarsData.Friends(FriendIds);

    public string? GetSecretBackstory() => throw new GraphQLException("secretBackstory is secret.");
}

[GraphQLDescription("A mechanical creature in the Star Wars universe.")]
public sealed record Droid(string Id, string? Name, IReadOnlyList<string> FriendIds, IEnumerable<Episode?>? AppearsIn, string? PrimaryFunction) : ICharacter
{
    public IEnumerable<ICharacter?>? GetFriends() => StarWarsData.Friends(FriendIds);

    public string? GetSecretBackstory() => throw new GraphQLException("secretBackstory is secret.");
}

public sealed class StarWarsQuery
{
    public ICharacter? Hero(Episode? episode = null) => episode == Episode.Empire ? StarWarsData.Characters["1000"] : StarWarsData.Characters["2001"];

    public Human? Human(string id) => StarWarsData.Characters.GetValueOrDefault(id) as Human;

    public Droid? Droid(string id) => StarWarsData.Characters.GetValueOrDefault(id) as Droid;
}

public static class StarWarsData
{
    public static IReadOnlyDictionary<string, ICharacter> Characters { get; } = new ICharacter[]
    {
        new Human("1000", "Luke Skywalker", ["1002", "1003", "2000", "2001"], [Episode.NewHope, Episode.Empire, Episode.Jedi], "Tatooine"),
        new Human("1001", "Darth Vader", ["1004"], [Episode.NewHope, Episode.Empire, Episode.Jedi], "Tatooine"),
        new Human("1002", "Han Solo", ["1000", "1003", "2001"], [Episode.NewHope, Episode.Empire, Episode.Jedi], null),
        new Human("1003", "Leia Organa", ["1000", "1002", "2000", "2001"], [Episode.NewHope, Episode.Empire, Episode.Jedi], "Alderaan"),
        new Human("1004", "Wilhuff Tarkin", ["1001"], [Episode.NewHope], null),
        new Droid("2000", "C-3PO", ["1000", "1002", "1003", "2001"], [Episode.NewHope, Episode.Empire, Episode.Jedi], "Protocol"),
        new Droid("2001", "R2-D2", ["1000", "1002", "1003"], [Episode.NewHope, Episode.Empire, Episode.Jedi], "Astromech"),
    }.ToDictionary(c => c.Id);

    public static Schema Schema { get; } = new CodeFirstSchemaBuilder().AddQueryType<StarWarsQuery>().AddType<Human>().AddType<Droid>().Build();

    public static IEnumerable<ICharacter?> Friends(IEnumerable<string> ids) => ids.Select(id => Characters.GetValueOrDefault(id));
}
