using GraphApi.GraphQL.Execution;

namespace GraphApi.GraphQL.Tests.Execution;

// graphql-js src/__tests__/starWarsQuery-test.ts, the spec's running example.
public sealed class StarWarsQueryTests
{
    private static readonly RequestExecutor Executor = new(StarWarsData.Schema);

    private static async Task<string> Execute(string query, Dictionary<string, object?>? variables = null) =>
        (await Executor.ExecuteOperationAsync(new ExecutionRequest { Query = query, Variables = variables })).ToJson();

    [Fact]
    public async Task Correctly_identifies_R2_D2_as_the_hero_of_the_Star_Wars_saga() =>
        Assert.Equal("""{"data":{"hero":{"name":"R2-D2"}}}""", await Execute("query HeroNameQuery { hero { name } }"));

    [Fact]
    public async Task Allows_us_to_query_for_the_ID_and_friends_of_R2_D2() => Assert.Equal(
        """{"data":{"hero":{"id":"2001","name":"R2-D2","friends":[{"name":"Luke Skywalker"},{"name":"Han Solo"},{"name":"Leia Organa"}]}}}""",
        await Execute("query HeroNameAndFriendsQuery { hero { id name friends { name } } }"));

    [Fact]
    public async Task Allows_us_to_query_for_the_friends_of_friends_of_R2_D2() => Assert.Equal(
        """{"data":{"hero":{"name":"R2-D2","friends":[{"name":"Luke Skywalker","appearsIn":["NEW_HOPE","EMPIRE","JEDI"],"friends":[{"name":"Han Solo"},{"name":"Leia Organa"},{"name":"C-3PO"},{"name":"R2-D2"}]},{"name":"Han Solo","appearsIn":["NEW_HOPE","EMPIRE","JEDI"],"friends":[{"name":"Luke Skywalker"},{"name":"Leia Organa"},{"name":"R2-D2"}]},{"name":"Leia Organa","appearsIn":["NEW_HOPE","EMPIRE","JEDI"],"friends":[{"name":"Luke Skywalker"},{"name":"Han Solo"},{"name":"C-3PO"},{"name":"R2-D2"}]}]}}}""",
        await Execute("query NestedQuery { hero { name friends { name appearsIn friends { name } } } }"));

    [Fact]
    public async Task Allows_us_to_query_characters_directly_using_their_ID() =>
        Assert.Equal("""{"data":{"human":{"name":"Luke Skywalker"}}}""", await Execute("""query FetchLukeQuery { human(id: "1000") { name } }"""));

    [Fact]
    public async Task Allows_us_to_create_a_generic_query_then_use_it_to_fetch_Luke_Skywalker_using_his_ID() => Assert.Equal(
        """{"data":{"human":{"name":"Luke Skywalker"}}}""",
        await Execute("query FetchSomeIDQuery($someId: String!) { human(id: $someId) { name } }", new() { ["someId"] = "1000" }));

    [Fact]
    public async Task Allows_us_to_create_a_generic_query_then_pass_an_invalid_ID_to_get_null_back() => Assert.Equal(
        """{"data":{"human":null}}""",
        await Execute("query humanQuery($id: String!) { human(id: $id) { name } }", new() { ["id"] = "not a valid id" }));

    [Fact]
    public async Task Allows_us_to_query_for_both_Luke_and_Leia_using_two_root_fields_and_aliases() => Assert.Equal(
        """{"data":{"luke":{"name":"Luke Skywalker"},"leia":{"name":"Leia Organa"}}}""",
        await Execute("""query FetchLukeAndLeiaAliased { luke: human(id: "1000") { name } leia: human(id: "1003") { name } }"""));

    [Fact]
    public async Task Allows_us_to_use_a_fragment_to_avoid_duplicating_content() => Assert.Equal(
        """{"data":{"luke":{"name":"Luke Skywalker","homePlanet":"Tatooine"},"leia":{"name":"Leia Organa","homePlanet":"Alderaan"}}}""",
        await Execute("""
            query UseFragment { luke: human(id: "1000") { ...HumanFragment } leia: human(id: "1003") { ...HumanFragment } }
            fragment HumanFragment on Human { name homePlanet }
            """));

    [Fact]
    public async Task Allows_us_to_verify_that_R2_D2_is_a_droid_and_Luke_is_a_human() => Assert.Equal(
        """{"data":{"hero":{"__typename":"Droid","name":"R2-D2"},"empireHero":{"__typename":"Human","name":"Luke Skywalker"}}}""",
        await Execute("{ hero { __typename name } empireHero: hero(episode: EMPIRE) { __typename name } }"));

    [Fact]
    public async Task Reports_an_error_on_accessing_the_secret_backstory() => Assert.Equal(
        """{"errors":[{"message":"secretBackstory is secret.","locations":[{"line":1,"column":35}],"path":["hero","secretBackstory"]}],"data":{"hero":{"name":"R2-D2","secretBackstory":null}}}""",
        await Execute("query HeroNameQuery { hero { name secretBackstory } }"));

    [Fact]
    public async Task Reports_errors_on_accessing_secret_backstories_with_list_indices() => Assert.Equal(
        """{"errors":[{"message":"secretBackstory is secret.","locations":[{"line":1,"column":50}],"path":["hero","friends",0,"secretBackstory"]},{"message":"secretBackstory is secret.","locations":[{"line":1,"column":50}],"path":["hero","friends",1,"secretBackstory"]},{"message":"secretBackstory is secret.","locations":[{"line":1,"column":50}],"path":["hero","friends",2,"secretBackstory"]}],"data":{"hero":{"name":"R2-D2","friends":[{"name":"Luke Skywalker","secretBackstory":null},{"name":"Han Solo","secretBackstory":null},{"name":"Leia Organa","secretBackstory":null}]}}}""",
        await Execute("query HeroNameQuery { hero { name friends { name secretBackstory } } }"));

    [Fact]
    public async Task Reports_an_error_on_an_aliased_secret_backstory() => Assert.Equal(
        """{"errors":[{"message":"secretBackstory is secret.","locations":[{"line":1,"column":45}],"path":["mainHero","story"]}],"data":{"mainHero":{"name":"R2-D2","story":null}}}""",
        await Execute("query HeroNameQuery { mainHero: hero { name story: secretBackstory } }"));
}
