const g = await import((process.env.GRAPHQL_JS ?? 'graphql') + (process.env.GRAPHQL_JS ? '/index.mjs' : ''));
import fs from 'fs';
const harness = `
  interface Mammal { mother: Mammal father: Mammal }
  interface Pet { name(surname: Boolean): String }
  interface Canine implements Mammal { name(surname: Boolean): String mother: Canine father: Canine }
  enum DogCommand { SIT HEEL DOWN }
  type Dog implements Pet & Mammal & Canine {
    name(surname: Boolean): String nickname: String barkVolume: Int barks: Boolean
    doesKnowCommand(dogCommand: DogCommand): Boolean
    isHouseTrained(atOtherHomes: Boolean = true): Boolean
    isAtLocation(x: Int, y: Int): Boolean
    mother: Dog father: Dog
  }
  type Cat implements Pet { name(surname: Boolean): String nickname: String meows: Boolean meowsVolume: Int furColor: FurColor }
  union CatOrDog = Cat | Dog
  type Human { name(surname: Boolean): String pets: [Pet] relatives: [Human]! }
  enum FurColor { BROWN BLACK TAN SPOTTED NO_FUR UNKNOWN }
  input ComplexInput { requiredField: Boolean! nonNullField: Boolean! = false intField: Int stringField: String booleanField: Boolean stringListField: [String] }
  input OneOfInput @oneOf { stringField: String intField: Int }
  type ComplicatedArgs {
    intArgField(intArg: Int): String
    nonNullIntArgField(nonNullIntArg: Int!): String
    stringArgField(stringArg: String): String
    booleanArgField(booleanArg: Boolean): String
    enumArgField(enumArg: FurColor): String
    floatArgField(floatArg: Float): String
    idArgField(idArg: ID): String
    stringListArgField(stringListArg: [String]): String
    stringListNonNullArgField(stringListNonNullArg: [String!]): String
    complexArgField(complexArg: ComplexInput): String
    oneOfArgField(oneOfArg: OneOfInput): String
    multipleReqs(req1: Int!, req2: Int!): String
    nonNullFieldWithDefault(arg: Int! = 0): String
    multipleOpts(opt1: Int = 0, opt2: Int = 0): String
    multipleOptAndReq(req1: Int!, req2: Int!, opt1: Int = 0, opt2: Int = 0): String
  }
  type QueryRoot { human(id: ID): Human dog: Dog cat: Cat pet: Pet catOrDog: CatOrDog complicatedArgs: ComplicatedArgs }
  schema { query: QueryRoot }
  directive @onField on FIELD
`;
const directives = `
  directive @onQuery on QUERY
  directive @onMutation on MUTATION
  directive @onSubscription on SUBSCRIPTION
  directive @onFragmentDefinition on FRAGMENT_DEFINITION
  directive @onFragmentSpread on FRAGMENT_SPREAD
  directive @onInlineFragment on INLINE_FRAGMENT
  directive @onVariableDefinition on VARIABLE_DEFINITION
  directive @directive on FIELD | FRAGMENT_DEFINITION
  directive @directiveA on FIELD | FRAGMENT_DEFINITION
  directive @directiveB on FIELD | FRAGMENT_DEFINITION
  directive @repeatable repeatable on FIELD | FRAGMENT_DEFINITION
`;
const subscription = `
  type Message { body: String sender: String }
  type SubscriptionRoot { importantEmails: [String] notImportantEmails: [String] moreImportantEmails: [String] spamEmails: [String] deletedEmails: [String] newMessage: Message }
  type QueryRoot { dummy: String }
  schema { query: QueryRoot subscription: SubscriptionRoot }
`;
const box = `
  interface SomeBox { deepBox: SomeBox unrelatedField: String }
  type StringBox implements SomeBox { scalar: String deepBox: StringBox unrelatedField: String listStringBox: [StringBox] stringBox: StringBox intBox: IntBox }
  type IntBox implements SomeBox { scalar: Int deepBox: IntBox unrelatedField: String listStringBox: [StringBox] stringBox: StringBox intBox: IntBox }
  interface NonNullStringBox1 { scalar: String! }
  type NonNullStringBox1Impl implements SomeBox & NonNullStringBox1 { scalar: String! unrelatedField: String deepBox: SomeBox }
  interface NonNullStringBox2 { scalar: String! }
  type NonNullStringBox2Impl implements SomeBox & NonNullStringBox2 { scalar: String! unrelatedField: String deepBox: SomeBox }
  type Connection { edges: [Edge] }
  type Edge { node: Node }
  type Node { id: ID name: String }
  type Query { someBox: SomeBox connection: Connection }
`;
const schemas = {
  box: g.buildSchema(box),
  harness: g.buildSchema(harness),
  directives: g.buildSchema(harness + directives),
  subscription: g.buildSchema(subscription),
};
const cases = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const out = cases.map(c => {
  let doc;
  try { doc = g.parse(c.doc); } catch (e) { return { ...c, parseError: e.message }; }
  const rules = c.rule === 'all' ? g.specifiedRules : [g[c.rule]];
  try {
    const errors = g.validate(c.schema === 'sdl' ? g.buildSchema(c.sdl) : schemas[c.schema || 'harness'], doc, rules);
    return { ...c, errors: errors.map(e => ({ message: e.message, locations: (e.locations || []).map(l => [l.line, l.column]) })) };
  } catch (e) { return { ...c, thrown: e.message }; }
});
fs.writeFileSync(process.argv[3], JSON.stringify(out, null, 1));
