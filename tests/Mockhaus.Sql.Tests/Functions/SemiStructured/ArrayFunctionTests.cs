namespace Mockhaus.Sql.Tests.Functions.SemiStructured;

// ARRAY_* functions: https://docs.snowflake.com/en/sql-reference/functions/array_construct, .../array_construct_compact,
// .../array_append, .../array_prepend, .../array_cat, .../array_insert, .../array_slice, .../array_distinct,
// .../array_intersection, .../array_except, .../array_compact, .../array_flatten, .../array_sort, .../array_remove,
// .../array_size, .../array_contains, .../array_position, .../arrays_overlap, .../array_to_string
// Snowflake shows a SQL NULL element ("undefined") in an array; Mockhaus stores it as a JSON null.
public class ArrayFunctionTests : SemiStructuredTestBase
{
    [TestCase("ARRAY_CONSTRUCT(10, 20, 30)", "[10,20,30]")]
    [TestCase("ARRAY_CONSTRUCT()", "[]")]
    [TestCase("ARRAY_CONSTRUCT(NULL, PARSE_JSON('null'), 'hello', 4, 5)", "[null,null,\"hello\",4,5]")] // size N even with NULLs
    [TestCase("ARRAY_CONSTRUCT(1, 'a', TRUE, 1.5, ARRAY_CONSTRUCT(2), OBJECT_CONSTRUCT('k', 'v'))", "[1,\"a\",true,1.5,[2],{\"k\":\"v\"}]")]
    [TestCase("ARRAY_SIZE(ARRAY_CONSTRUCT(NULL, NULL))", "2")]
    [TestCase("ARRAY_CONSTRUCT_COMPACT(NULL, 'hello', 4, 5)", "[\"hello\",4,5]")]
    [TestCase("ARRAY_CONSTRUCT_COMPACT()", "[]")]
    [TestCase("ARRAY_CONSTRUCT_COMPACT(NULL)", "[]")]
    [TestCase("ARRAY_CONSTRUCT_COMPACT('a', PARSE_JSON('[1]'))", "[\"a\",[1]]")]
    public void Construct(string expression, string expected) => Assert.That(Eval(expression), Is.EqualTo(expected));

    [TestCase("ARRAY_SIZE(ARRAY_CONSTRUCT(1, 2, 3))", "3")]
    [TestCase("ARRAY_SIZE(PARSE_JSON('[]'))", "0")]
    [TestCase("ARRAY_SIZE(PARSE_JSON('[[1, 2], [3]]'))", "2")]
    [TestCase("ARRAY_SIZE(PARSE_JSON('{\"a\": 1}'))", "NULL")] // not an array
    [TestCase("ARRAY_SIZE(PARSE_JSON('\"abc\"'))", "NULL")]
    [TestCase("ARRAY_SIZE(NULL)", "NULL")]
    [TestCase("ARRAY_SIZE(PARSE_JSON('{\"a\": [1, 2, 3]}'):a)", "3")]
    public void Size(string expression, string expected) => Assert.That(Eval(expression), Is.EqualTo(expected));

    [TestCase("ARRAY_APPEND(ARRAY_CONSTRUCT(1, 2, 3), 'four')", "[1,2,3,\"four\"]")]
    [TestCase("ARRAY_APPEND(ARRAY_CONSTRUCT(), 1)", "[1]")]
    [TestCase("ARRAY_APPEND(ARRAY_CONSTRUCT(1), NULL)", "[1,null]")]
    [TestCase("ARRAY_APPEND(ARRAY_CONSTRUCT(1), ARRAY_CONSTRUCT(2))", "[1,[2]]")] // an array is one element
    [TestCase("ARRAY_APPEND(NULL, 1)", "NULL")]
    [TestCase("ARRAY_PREPEND(ARRAY_CONSTRUCT(1, 2), 'zero')", "[\"zero\",1,2]")]
    [TestCase("ARRAY_PREPEND(ARRAY_CONSTRUCT(1), PARSE_JSON('null'))", "[null,1]")]
    [TestCase("ARRAY_PREPEND(NULL, 1)", "NULL")]
    [TestCase("ARRAY_CAT(ARRAY_CONSTRUCT(1, 2), ARRAY_CONSTRUCT(3, 4))", "[1,2,3,4]")]
    [TestCase("ARRAY_CAT(ARRAY_CONSTRUCT('a'), ARRAY_CONSTRUCT())", "[\"a\"]")]
    [TestCase("ARRAY_CAT(ARRAY_CONSTRUCT(1, 'x'), PARSE_JSON('[null, {\"a\": 1}]'))", "[1,\"x\",null,{\"a\":1}]")]
    [TestCase("ARRAY_CAT(ARRAY_CONSTRUCT(1), NULL)", "NULL")]
    [TestCase("ARRAY_INSERT(ARRAY_CONSTRUCT(0, 1, 2, 3), 2, 'hello')", "[0,1,\"hello\",2,3]")]
    [TestCase("ARRAY_INSERT(ARRAY_CONSTRUCT(0, 1, 2, 3), 0, 'hello')", "[\"hello\",0,1,2,3]")]
    [TestCase("ARRAY_INSERT(ARRAY_CONSTRUCT(0, 1, 2, 3), 4, 'hello')", "[0,1,2,3,\"hello\"]")]
    [TestCase("ARRAY_INSERT(ARRAY_CONSTRUCT(0, 1, 2, 3), 5, 'hello')", "[0,1,2,3,null,\"hello\"]")] // padded with undefined
    [TestCase("ARRAY_INSERT(ARRAY_CONSTRUCT(0, 1, 2, 3), -1, 'hello')", "[0,1,2,\"hello\",3]")] // negative counts from the end
    [TestCase("ARRAY_INSERT(ARRAY_CONSTRUCT(0, 1), 1, NULL)", "[0,null,1]")]
    [TestCase("ARRAY_INSERT(NULL, 0, 1)", "NULL")]
    public void AddElements(string expression, string expected) => Assert.That(Eval(expression), Is.EqualTo(expected));

    [TestCase("ARRAY_SLICE(ARRAY_CONSTRUCT(0, 1, 2, 3, 4, 5, 6), 0, 2)", "[0,1]")]
    [TestCase("ARRAY_SLICE(ARRAY_CONSTRUCT(0, 1, 2, 3, 4, 5, 6), 3, 7)", "[3,4,5,6]")]
    [TestCase("ARRAY_SLICE(ARRAY_CONSTRUCT(0, 1, 2, 3, 4, 5, 6), -5, -3)", "[2,3]")]
    [TestCase("ARRAY_SLICE(ARRAY_CONSTRUCT(0, 1, 2, 3, 4, 5, 6), 10, 12)", "[]")]
    [TestCase("ARRAY_SLICE(ARRAY_CONSTRUCT(0, 1, 2, 3, 4, 5, 6), 4, 2)", "[]")]
    [TestCase("ARRAY_SLICE(ARRAY_CONSTRUCT(0, 1, 2), -10, 2)", "[0,1]")]
    [TestCase("ARRAY_SLICE(ARRAY_CONSTRUCT('foo', 'snow', 'flake', 'bar'), 1, 3)", "[\"snow\",\"flake\"]")]
    [TestCase("ARRAY_SLICE(ARRAY_CONSTRUCT(0, 1, 2), NULL, 2)", "NULL")]
    [TestCase("ARRAY_SLICE(NULL, 0, 2)", "NULL")]
    public void Slice(string expression, string expected) => Assert.That(Eval(expression), Is.EqualTo(expected));

    [TestCase("ARRAY_DISTINCT(ARRAY_CONSTRUCT('A', 'A', 'B', NULL, NULL))", "[\"A\",\"B\",null]")]
    [TestCase("ARRAY_DISTINCT(ARRAY_CONSTRUCT(3, 1, 3, 2, 1))", "[3,1,2]")] // first occurrences, in order
    [TestCase("ARRAY_DISTINCT(ARRAY_CONSTRUCT(1, '1', 1))", "[1,\"1\"]")] // a number and a string differ
    [TestCase("ARRAY_DISTINCT(PARSE_JSON('[{\"a\": 1}, {\"a\": 1}, [1], [1]]'))", "[{\"a\":1},[1]]")]
    [TestCase("ARRAY_DISTINCT(NULL)", "NULL")]
    [TestCase("ARRAY_INTERSECTION(ARRAY_CONSTRUCT('A', 'B'), ARRAY_CONSTRUCT('B', 'C'))", "[\"B\"]")]
    [TestCase("ARRAY_INTERSECTION(ARRAY_CONSTRUCT('A', 'B', 'C'), ARRAY_CONSTRUCT('B', 'C'))", "[\"B\",\"C\"]")]
    [TestCase("ARRAY_INTERSECTION(ARRAY_CONSTRUCT('A', 'B', 'B', 'B', 'C'), ARRAY_CONSTRUCT('B', 'B'))", "[\"B\",\"B\"]")] // multiset
    [TestCase("ARRAY_INTERSECTION(ARRAY_CONSTRUCT(1, 2), ARRAY_CONSTRUCT(3, 4))", "[]")]
    [TestCase("ARRAY_INTERSECTION(ARRAY_CONSTRUCT(OBJECT_CONSTRUCT('a', 1), 2), ARRAY_CONSTRUCT(OBJECT_CONSTRUCT('a', 1), 3))", "[{\"a\":1}]")]
    [TestCase("ARRAY_INTERSECTION(ARRAY_CONSTRUCT(1), NULL)", "NULL")]
    [TestCase("ARRAY_EXCEPT(ARRAY_CONSTRUCT('A', 'B'), ARRAY_CONSTRUCT('B', 'C'))", "[\"A\"]")]
    [TestCase("ARRAY_EXCEPT(ARRAY_CONSTRUCT('A', 'B', 'B', 'B', 'C'), ARRAY_CONSTRUCT('B'))", "[\"A\",\"B\",\"B\",\"C\"]")] // one copy removed
    [TestCase("ARRAY_EXCEPT(ARRAY_CONSTRUCT('A', NULL), ARRAY_CONSTRUCT('A'))", "[null]")]
    [TestCase("ARRAY_EXCEPT(ARRAY_CONSTRUCT(OBJECT_CONSTRUCT('a', 1, 'b', 2), 1), ARRAY_CONSTRUCT(OBJECT_CONSTRUCT('a', 1, 'b', 2), 3))", "[1]")]
    [TestCase("ARRAY_EXCEPT(ARRAY_CONSTRUCT(1, 2), ARRAY_CONSTRUCT())", "[1,2]")]
    [TestCase("ARRAY_EXCEPT(NULL, ARRAY_CONSTRUCT(1))", "NULL")]
    [TestCase("ARRAY_COMPACT(ARRAY_CONSTRUCT(1, NULL, 3))", "[1,3]")]
    [TestCase("ARRAY_COMPACT(PARSE_JSON('[null, \"a\", null]'))", "[\"a\"]")]
    [TestCase("ARRAY_COMPACT(ARRAY_CONSTRUCT())", "[]")]
    [TestCase("ARRAY_COMPACT(NULL)", "NULL")]
    [TestCase("ARRAY_FLATTEN(PARSE_JSON('[[1, 2, 3], [4], [5, 6]]'))", "[1,2,3,4,5,6]")]
    [TestCase("ARRAY_FLATTEN(PARSE_JSON('[[[1, 2], [3]], [[4], [5]]]'))", "[[1,2],[3],[4],[5]]")] // one level only
    [TestCase("ARRAY_FLATTEN(PARSE_JSON('[[], [\"a\"]]'))", "[\"a\"]")]
    [TestCase("ARRAY_FLATTEN(NULL)", "NULL")]
    [TestCase("ARRAY_FLATTEN(ARRAY_CONSTRUCT(ARRAY_CONSTRUCT(1), NULL))", "NULL")] // a NULL element gives NULL
    [TestCase("ARRAY_FLATTEN(PARSE_JSON('[[1, null], [2]]'))", "[1,null,2]")] // NULLs inside the inner arrays are kept
    [TestCase("ARRAY_REMOVE(ARRAY_CONSTRUCT(2, 5, 7, 5, 1), 5)", "[2,7,1]")]
    [TestCase("ARRAY_REMOVE(ARRAY_CONSTRUCT('a', 'b', 'a'), 'a')", "[\"b\"]")]
    [TestCase("ARRAY_REMOVE(ARRAY_CONSTRUCT(1, '1'), 1)", "[\"1\"]")]
    [TestCase("ARRAY_REMOVE(ARRAY_CONSTRUCT(1, 2), NULL)", "NULL")]
    [TestCase("ARRAY_REMOVE(PARSE_JSON('[1, null, 2]'), PARSE_JSON('null'))", "[1,2]")] // a JSON null value removes JSON nulls
    [TestCase("ARRAY_REMOVE(NULL, 1)", "NULL")]
    public void SetOperations(string expression, string expected) => Assert.That(Eval(expression), Is.EqualTo(expected));

    [Test]
    public void FlattenOfANonArrayElementFails() => FailsAtRuntime("ARRAY_FLATTEN(PARSE_JSON('[[1], 2]'))");

    [TestCase("ARRAY_SORT(ARRAY_CONSTRUCT(20, 0, NULL, 10))", "[0,10,20,null]")]
    [TestCase("ARRAY_SORT(ARRAY_CONSTRUCT(20, 0, NULL, 10), FALSE)", "[20,10,0,null]")]
    [TestCase("ARRAY_SORT(ARRAY_CONSTRUCT(20, 0, NULL, 10), FALSE, TRUE)", "[null,20,10,0]")]
    [TestCase("ARRAY_SORT(ARRAY_CONSTRUCT(20, 0, NULL, 10), TRUE, TRUE)", "[null,0,10,20]")]
    [TestCase("ARRAY_SORT(ARRAY_CONSTRUCT(10, 9, 100, 1.5))", "[1.5,9,10,100]")] // numerically, not as text
    [TestCase("ARRAY_SORT(ARRAY_CONSTRUCT('b', 'C', 'a'))", "[\"C\",\"a\",\"b\"]")]
    [TestCase("ARRAY_SORT(ARRAY_CONSTRUCT(1, 2), NULL)", "NULL")]
    [TestCase("ARRAY_SORT(NULL)", "NULL")]
    public void Sort(string expression, string expected) => Assert.That(Eval(expression), Is.EqualTo(expected));

    [TestCase("ARRAY_CONTAINS('hello'::VARIANT, ARRAY_CONSTRUCT('hello', 'hi'))", "true")]
    [TestCase("ARRAY_CONTAINS('hola'::VARIANT, ARRAY_CONSTRUCT('hello', 'hi'))", "false")]
    [TestCase("ARRAY_CONTAINS(2, ARRAY_CONSTRUCT(1, 2, 3))", "true")]
    [TestCase("ARRAY_CONTAINS('2', ARRAY_CONSTRUCT(1, 2, 3))", "false")] // a string is not a number
    [TestCase("ARRAY_CONTAINS(PARSE_JSON('[1]'), PARSE_JSON('[[1], 2]'))", "true")]
    [TestCase("ARRAY_CONTAINS(1, NULL)", "NULL")]
    [TestCase("ARRAY_CONTAINS(PARSE_JSON('1.50'), PARSE_JSON('[1.5]'))", "true")] // same number, other spelling
    [TestCase("ARRAY_CONTAINS(PARSE_JSON('null'), PARSE_JSON('[1, null]'))", "true")]
    [TestCase("ARRAY_CONTAINS(OBJECT_CONSTRUCT('a', 1), ARRAY_CONSTRUCT(OBJECT_CONSTRUCT('a', 1)))", "true")]
    [TestCase("ARRAY_POSITION('hello'::VARIANT, ARRAY_CONSTRUCT('hello', 'hi'))", "0")]
    [TestCase("ARRAY_POSITION('hi'::VARIANT, ARRAY_CONSTRUCT('hello', 'hi'))", "1")]
    [TestCase("ARRAY_POSITION('hola'::VARIANT, ARRAY_CONSTRUCT('hello', 'hi'))", "NULL")]
    [TestCase("ARRAY_POSITION(3, ARRAY_CONSTRUCT(1, 'x', 3, 3))", "2")] // the first match
    [TestCase("ARRAY_POSITION(PARSE_JSON('null'), PARSE_JSON('[1, null]'))", "1")]
    [TestCase("ARRAY_POSITION(ARRAY_CONSTRUCT(1), PARSE_JSON('[[2], [1]]'))", "1")]
    [TestCase("ARRAYS_OVERLAP(ARRAY_CONSTRUCT('hello', 'aloha'), ARRAY_CONSTRUCT('hello', 'hi', 'hey'))", "true")]
    [TestCase("ARRAYS_OVERLAP(ARRAY_CONSTRUCT('hola', 'bonjour'), ARRAY_CONSTRUCT('hello', 'hi', 'hey'))", "false")]
    [TestCase("ARRAYS_OVERLAP(ARRAY_CONSTRUCT(OBJECT_CONSTRUCT('a', 1)), PARSE_JSON('[{\"a\": 1}]'))", "true")]
    [TestCase("ARRAYS_OVERLAP(ARRAY_CONSTRUCT(1), ARRAY_CONSTRUCT())", "false")]
    [TestCase("ARRAYS_OVERLAP(ARRAY_CONSTRUCT(1), NULL)", "NULL")]
    public void Search(string expression, string expected) => Assert.That(Eval(expression), Is.EqualTo(expected));

    // The ARRAY_TO_STRING examples of https://docs.snowflake.com/en/sql-reference/functions/array_to_string
    [TestCase("[]", "", "")]
    [TestCase("[1]", "1", "1")]
    [TestCase("[1, 2]", "12", "1, 2")]
    [TestCase("[true, 1, -1.2e-3, \"Abc\", [\"x\",\"y\"], {\"a\":1}]", "true1-0.0012Abc[\"x\",\"y\"]{\"a\":1}", "true, 1, -0.0012, Abc, [\"x\",\"y\"], {\"a\":1}")]
    public void ArrayToString(string json, string noSeparation, string commaSeparated)
    {
        Assert.That(Eval($"ARRAY_TO_STRING(PARSE_JSON('{json}'), '')"), Is.EqualTo(noSeparation));
        Assert.That(Eval($"ARRAY_TO_STRING(PARSE_JSON('{json}'), ', ')"), Is.EqualTo(commaSeparated));
    }

    [TestCase("ARRAY_TO_STRING(ARRAY_CONSTRUCT('a', NULL, 'b'), '-')", "a--b")] // a NULL element is ''
    [TestCase("ARRAY_TO_STRING(NULL, ',')", "NULL")]
    [TestCase("ARRAY_TO_STRING(ARRAY_CONSTRUCT(1), NULL)", "NULL")]
    [TestCase("ARRAY_TO_STRING(ARRAY_CONSTRUCT(1.5, 'x y'), ' | ')", "1.5 | x y")]
    public void ArrayToStringNulls(string expression, string expected) => Assert.That(Eval(expression), Is.EqualTo(expected));

    [Test]
    public void ArraysOfAColumn() =>
        Assert.That(Column("SELECT ARRAY_SIZE(ARRAY_APPEND(PARSE_JSON(j), x)) FROM (VALUES ('[1, \"a\"]', 1), ('[]', NULL), (NULL, 2)) AS t(j, x)"),
            Is.EqualTo(new[] { "3", "1", "NULL" }));

    [Test]
    public void ArrayAggResultsWorkWithArrayFunctions() =>
        Assert.That(Eval("ARRAY_TO_STRING(ARRAY_SORT(ARRAY_AGG(x)), ',') FROM (VALUES (3), (1), (2)) AS t(x)"), Is.EqualTo("1,2,3"));

    // https://docs.snowflake.com/en/sql-reference/functions/array_reverse, .../array_remove_at, .../array_min,
    // .../array_max, .../arrays_to_object, .../arrays_zip, .../array_generate_range
    [TestCase("ARRAY_REVERSE(ARRAY_CONSTRUCT(1, 'a', NULL, 3))", "[3,null,\"a\",1]")]
    [TestCase("ARRAY_REVERSE(ARRAY_CONSTRUCT())", "[]")]
    [TestCase("ARRAY_REVERSE(NULL)", "NULL")]
    [TestCase("ARRAY_REMOVE_AT(ARRAY_CONSTRUCT(2, 5, 7), 0)", "[5,7]")]
    [TestCase("ARRAY_REMOVE_AT(ARRAY_CONSTRUCT(2, 5, 7), -1)", "[2,5]")]
    [TestCase("ARRAY_REMOVE_AT(ARRAY_CONSTRUCT(2, 5, 7), 10)", "[2,5,7]")] // out of range: unchanged
    [TestCase("ARRAY_REMOVE_AT(NULL, 0)", "NULL")]
    [TestCase("ARRAY_MIN(ARRAY_CONSTRUCT(20, 0, NULL, 10))", "0")]
    [TestCase("ARRAY_MAX(ARRAY_CONSTRUCT(20, 0, NULL, 10))", "20")]
    [TestCase("ARRAY_MAX(ARRAY_CONSTRUCT(9, 10, 1.5))", "10")] // numerically
    [TestCase("ARRAY_MIN(ARRAY_CONSTRUCT())", "NULL")]
    [TestCase("ARRAY_MAX(ARRAY_CONSTRUCT(NULL, NULL))", "NULL")]
    [TestCase("ARRAYS_TO_OBJECT(ARRAY_CONSTRUCT('k1', 'k2', 'k3'), ARRAY_CONSTRUCT(1, 'v', NULL))", "{\"k1\":1,\"k2\":\"v\",\"k3\":null}")]
    [TestCase("ARRAYS_TO_OBJECT(ARRAY_CONSTRUCT('a', NULL), ARRAY_CONSTRUCT(1, 2))", "{\"a\":1}")] // NULL key: pair omitted
    [TestCase("ARRAYS_TO_OBJECT(NULL, ARRAY_CONSTRUCT(1))", "NULL")]
    [TestCase("ARRAYS_ZIP(ARRAY_CONSTRUCT(1, 2, 3), ARRAY_CONSTRUCT('first', 'second', 'third'))", "[{\"$1\":1,\"$2\":\"first\"},{\"$1\":2,\"$2\":\"second\"},{\"$1\":3,\"$2\":\"third\"}]")]
    [TestCase("ARRAYS_ZIP(ARRAY_CONSTRUCT(1, 2, 3), ARRAY_CONSTRUCT('a'))", "[{\"$1\":1,\"$2\":\"a\"},{\"$1\":2,\"$2\":null},{\"$1\":3,\"$2\":null}]")]
    [TestCase("ARRAYS_ZIP(ARRAY_CONSTRUCT(1, 2), NULL)", "NULL")]
    [TestCase("ARRAYS_ZIP(ARRAY_CONSTRUCT(), ARRAY_CONSTRUCT())", "[]")]
    [TestCase("ARRAY_GENERATE_RANGE(0, 4)", "[0,1,2,3]")]
    [TestCase("ARRAY_GENERATE_RANGE(2, 11, 4)", "[2,6,10]")]
    [TestCase("ARRAY_GENERATE_RANGE(5, 2)", "[]")]
    public void MoreArrayFunctions(string expression, string expected) => Assert.That(Eval(expression), Is.EqualTo(expected));
}
