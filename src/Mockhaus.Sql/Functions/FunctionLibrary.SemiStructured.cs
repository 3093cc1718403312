using Mockhaus.Sql.Errors;

namespace Mockhaus.Sql.Functions;

// Semi-structured data functions: https://docs.snowflake.com/en/sql-reference/functions-semistructured
//
// Representation: VARIANT, OBJECT and ARRAY values are DuckDB JSON. A SQL NULL is a DuckDB NULL; a JSON null is the
// non-NULL JSON text `null` (PARSE_JSON('null'), IS_NULL_VALUE tells them apart). Inside arrays, SQL NULL elements
// (Snowflake's "undefined") are stored as JSON null, since JSON has no undefined. Values keep their JSON type:
// numbers, strings, booleans, null, arrays and objects; TYPEOF distinguishes INTEGER / DECIMAL / DOUBLE from the
// number's text (an exponent means DOUBLE, a fraction DECIMAL). Object keys keep their insertion order.
// Array operations work on DuckDB JSON[] lists (CAST(a AS JSON[])), where a JSON null element is a NULL item.
//
// Known differences: Snowflake lists an OBJECT's keys sorted, Mockhaus in insertion order; SQL DOUBLE values and numbers
// DuckDB re-serialises (path access, array elements: 1.912e2 becomes 191.2) report DECIMAL rather than DOUBLE; an
// "undefined" array element shows as null; numbers compare by their JSON text (1 and 1.0 differ in ARRAY_CONTAINS);
// dates and timestamps in a VARIANT are JSON strings (AS_DATE reads date-like strings, TYPEOF says VARCHAR).
public static partial class FunctionLibrary
{
    // Strips insignificant whitespace and trailing commas (Snowflake accepts [1, ]) outside JSON strings, keeping number
    // text as written (DuckDB's json() would rewrite 1e5 as 100000.0 and lose the DOUBLE type).
    private const string JsonStringPattern = "(\"(?:[^\"\\\\]|\\\\.)*\")";

    private static void RegisterSemiStructuredMacros()
    {
        // A value as a VARIANT. JSON passes through untouched (to_json would re-serialise it and rewrite 1e5 as
        // 100000.0); text becomes a JSON string; other values their JSON form. The exact JSON / VARCHAR overloads win
        // over the implicit VARCHAR -> JSON cast.
        Macro("sf_v(x JSON) AS x, (x VARCHAR) AS to_json(x), (x) AS to_json(x)");
        Macro($"sf_json_text(s) AS regexp_replace(regexp_replace(CAST(s AS VARCHAR), '{JsonStringPattern}|\\s+', '\\1', 'g'), '{JsonStringPattern}|,([\\]}}])', '\\1\\2', 'g')");
        // The original text is validated (so '1 2' or 'tru e' stay invalid), the compacted text is stored.
        Macro("sf_parse_json(s) AS CASE WHEN s IS NULL OR trim(CAST(s AS VARCHAR)) = '' THEN NULL " +
              "WHEN json_valid(CAST(s AS VARCHAR)) THEN CAST(sf_json_text(s) AS JSON) ELSE error('Error parsing JSON: ' || CAST(s AS VARCHAR)) END");
        Macro("sf_try_parse_json(s) AS CASE WHEN json_valid(CAST(s AS VARCHAR)) THEN CAST(sf_json_text(s) AS JSON) END");
        // Snowflake's type name of a VARIANT value (TYPEOF).
        Macro("sf_typeof(v) AS CASE WHEN v IS NULL THEN NULL WHEN json_type(v) = 'NULL' THEN 'NULL_VALUE' " +
              "WHEN json_type(v) IN ('BOOLEAN', 'VARCHAR', 'ARRAY', 'OBJECT') THEN json_type(v) " +
              "WHEN json_type(v) IN ('BIGINT', 'UBIGINT') THEN 'INTEGER' " +
              "WHEN regexp_matches(CAST(v AS VARCHAR), '[eE]') THEN 'DOUBLE' " +
              "WHEN contains(CAST(v AS VARCHAR), '.') THEN 'DECIMAL' ELSE 'INTEGER' END");
        // TO_VARCHAR of a VARIANT: strings without quotes, JSON null as NULL, doubles in SQL text form.
        Macro("sf_variant_text(v) AS CASE WHEN v IS NULL OR json_type(v) = 'NULL' THEN NULL " +
              "WHEN json_type(v) = 'VARCHAR' THEN json_extract_string(v, '$') " +
              "WHEN sf_typeof(v) = 'DOUBLE' THEN CAST(CAST(CAST(v AS VARCHAR) AS DOUBLE) AS VARCHAR) ELSE CAST(v AS VARCHAR) END");
        Macro("sf_key_path(k) AS '$.\"' || replace(replace(k, '\\', '\\\\'), '\"', '\\\"') || '\"'");
        Macro("sf_get(v, x) AS CASE WHEN json_type(v) = 'ARRAY' THEN (CASE WHEN TRY_CAST(x AS BIGINT) >= 0 THEN json_extract(v, TRY_CAST(x AS BIGINT)) END) " +
              "WHEN json_type(v) = 'OBJECT' THEN json_extract(v, sf_key_path(CAST(x AS VARCHAR))) END");
        Macro("sf_get_ignore_case(v, k) AS CASE WHEN json_type(v) = 'OBJECT' THEN json_extract(v, sf_key_path(coalesce(" +
              "list_filter(json_keys(v), x -> x = k)[1], list_filter(json_keys(v), x -> lower(x) = lower(k))[1]))) END");
        Macro("sf_to_object(v) AS CASE WHEN v IS NULL OR json_type(v) = 'NULL' THEN NULL WHEN json_type(v) = 'OBJECT' THEN v " +
              "ELSE error('Invalid object of type ' || sf_typeof(v) || ' for TO_OBJECT') END");
        Macro("sf_to_array(v) AS CASE WHEN v IS NULL OR json_type(v) = 'NULL' THEN NULL WHEN json_type(v) = 'ARRAY' THEN v ELSE json_array(v) END");
        // Objects: entries are MAP(VARCHAR, JSON) entries in key order; a JSON null value is a NULL entry value.
        Macro("sf_entries(o) AS map_entries(CAST(o AS MAP(VARCHAR, JSON)))");
        Macro("sf_object_of(entries) AS CAST('{' || array_to_string(list_transform(entries, " +
              "e -> CAST(to_json(e.key) AS VARCHAR) || ':' || coalesce(CAST(e.value AS VARCHAR), 'null')), ',') || '}' AS JSON)");
        Macro("sf_pair(k, v) AS CASE WHEN k IS NULL OR v IS NULL THEN NULL ELSE CAST(to_json(k) AS VARCHAR) || ':' || CAST(v AS VARCHAR) END");
        Macro("sf_pair_keep_null(k, v) AS CASE WHEN k IS NULL THEN NULL ELSE CAST(to_json(k) AS VARCHAR) || ':' || coalesce(CAST(v AS VARCHAR), 'null') END");
        Macro("sf_object_insert(o, k, v, u) AS CASE WHEN o IS NULL THEN NULL WHEN k IS NULL OR v IS NULL THEN o " +
              "WHEN list_contains(json_keys(o), k) THEN (CASE WHEN u THEN sf_object_of(list_transform(sf_entries(o), " +
              "e -> CASE WHEN e.key = k THEN {'key': e.key, 'value': v} ELSE e END)) " +
              "ELSE error('Duplicate field key ''' || k || '''') END) " +
              "ELSE sf_object_of(list_append(sf_entries(o), {'key': k, 'value': v})) END");
        Macro("sf_object_delete(o, ks) AS CASE WHEN o IS NULL THEN NULL ELSE sf_object_of(list_filter(sf_entries(o), e -> NOT coalesce(list_contains(ks, e.key), false))) END");
        Macro("sf_object_pick(o, ks) AS CASE WHEN o IS NULL THEN NULL ELSE sf_object_of(list_filter(sf_entries(o), e -> coalesce(list_contains(ks, e.key), false))) END");
        // OBJECT_PICK(o, array_of_keys) or OBJECT_PICK(o, key1, ...): the key list.
        Macro("sf_pick_keys(a) AS CASE WHEN json_type(a) = 'ARRAY' THEN CAST(json_extract_string(a, '$[*]') AS VARCHAR[]) ELSE [json_extract_string(a, '$')] END");
        // Casts (the generator's VariantCast): x may be of any type; only JSON values get VARIANT rules. typeof(x) is
        // constant per query, and the CAST(CAST(x AS VARCHAR) AS JSON) view of x binds for every type but is only
        // evaluated for JSON.
        Macro("sf_json_of(x) AS CAST(CAST(x AS VARCHAR) AS JSON)");
        Macro("sf_cast_text(x) AS CASE WHEN typeof(x) <> 'JSON' THEN CAST(x AS VARCHAR) ELSE sf_variant_text(sf_json_of(x)) END");
        // Stored JSON is compact, so an OBJECT or ARRAY is told by its first character (cheaper than json_type); DuckDB's
        // own JSON casts turn a JSON null into NULL.
        Macro("sf_scalar_of(x, target) AS CASE WHEN typeof(x) <> 'JSON' THEN x WHEN left(CAST(x AS VARCHAR), 1) IN ('{', '[') " +
              "THEN error('Failed to cast variant value ' || CAST(x AS VARCHAR) || ' to ' || target) ELSE x END");
        Macro("sf_cast_compound(x, target) AS CASE WHEN typeof(x) <> 'JSON' THEN to_json(x) " +
              "WHEN x IS NULL OR json_type(sf_json_of(x)) = 'NULL' THEN NULL WHEN json_type(sf_json_of(x)) = target THEN sf_json_of(x) " +
              "ELSE error('Failed to cast variant value ' || CAST(x AS VARCHAR) || ' to ' || target) END");
        // FLATTEN's PATH column: the parent's path extended by [index], .key, or ['key'] for keys that are not plain names.
        Macro("sf_flatten_path(p, k, is_array) AS CASE WHEN is_array THEN p || '[' || k || ']' " +
              "WHEN regexp_full_match(k, '[A-Za-z_][A-Za-z0-9_$]*') THEN (CASE WHEN p = '' THEN k ELSE p || '.' || k END) " +
              "ELSE p || '[''' || replace(k, '''', '\\''') || ''']' END");
        // Arrays.
        Macro("sf_list(a) AS CAST(a AS JSON[])");
        Macro("sf_probe(v) AS CASE WHEN json_type(v) = 'NULL' THEN NULL ELSE to_json(v) END");
        Macro("sf_array_size(a) AS CASE WHEN json_type(a) = 'ARRAY' THEN CAST(json_array_length(a) AS BIGINT) END");
        Macro("sf_slice_bound(x, n) AS CASE WHEN x < 0 THEN greatest(n + x, 0) ELSE least(x, n) END");
        Macro("sf_array_slice(a, f, t) AS CASE WHEN a IS NULL OR f IS NULL OR t IS NULL THEN NULL ELSE " +
              "to_json(sf_list(a)[sf_slice_bound(CAST(f AS BIGINT), CAST(json_array_length(a) AS BIGINT)) + 1 : " +
              "sf_slice_bound(CAST(t AS BIGINT), CAST(json_array_length(a) AS BIGINT))]) END");
        Macro("sf_array_insert_at(l, p, v) AS to_json(list_concat(list_resize(l, greatest(len(l), p))[1:p], [v], l[p + 1:]))");
        Macro("sf_array_insert(a, p, v) AS CASE WHEN a IS NULL OR p IS NULL THEN NULL ELSE " +
              "sf_array_insert_at(sf_list(a), CASE WHEN p < 0 THEN CAST(json_array_length(a) AS BIGINT) + p ELSE p END, v) END");
        Macro("sf_array_distinct(l) AS to_json(list_filter(l, (x, i) -> list_position(l, x) = i))");
        // Multiset semantics: the n-th occurrence of x in l1 is kept while l2 holds at least (or fewer than) n copies of x.
        Macro("sf_occurrence(l, x, i) AS len(list_filter(l[1:i], y -> y IS NOT DISTINCT FROM x))");
        Macro("sf_count_in(l, x) AS len(list_filter(l, y -> y IS NOT DISTINCT FROM x))");
        Macro("sf_array_intersection(a, b) AS CASE WHEN a IS NULL OR b IS NULL THEN NULL ELSE " +
              "to_json(list_filter(sf_list(a), (x, i) -> sf_occurrence(sf_list(a), x, i) <= sf_count_in(sf_list(b), x))) END");
        Macro("sf_array_except(a, b) AS CASE WHEN a IS NULL OR b IS NULL THEN NULL ELSE " +
              "to_json(list_filter(sf_list(a), (x, i) -> sf_occurrence(sf_list(a), x, i) > sf_count_in(sf_list(b), x))) END");
        Macro("sf_arrays_overlap(a, b) AS CASE WHEN a IS NULL OR b IS NULL THEN NULL ELSE " +
              "len(list_filter(sf_list(a), x -> sf_count_in(sf_list(b), x) > 0)) > 0 END");
        // ARRAY_FLATTEN: NULL when the array or any element is NULL; an error when an element is not an array.
        Macro("sf_array_flatten(a) AS CASE WHEN a IS NULL OR len(list_filter(sf_list(a), x -> x IS NULL)) > 0 THEN NULL ELSE " +
              "to_json(flatten(list_transform(sf_list(a), " +
              "x -> CASE WHEN json_type(x) = 'ARRAY' THEN CAST(x AS JSON[]) ELSE error('Not an array: Input argument to ARRAY_FLATTEN is not an array of arrays') END))) END");
        // ARRAY_SORT key: numbers by value, then strings, booleans, arrays, objects; NULL (undefined/null) elements by nulls_first.
        Macro("sf_sort_key(x) AS CASE WHEN x IS NULL THEN NULL ELSE {'r': CASE json_type(x) WHEN 'VARCHAR' THEN 1 WHEN 'BOOLEAN' THEN 2 " +
              "WHEN 'ARRAY' THEN 3 WHEN 'OBJECT' THEN 4 ELSE 0 END, 'n': TRY_CAST(CAST(x AS VARCHAR) AS DOUBLE), " +
              "'s': json_extract_string(x, '$'), 'v': x} END");
        Macro("sf_array_to_string(a, sep) AS CASE WHEN a IS NULL OR sep IS NULL THEN NULL ELSE " +
              "array_to_string(list_transform(sf_list(a), x -> coalesce(sf_variant_text(x), '')), sep) END");
        Macro("sf_array_remove_at(a, p) AS CASE WHEN a IS NULL OR p IS NULL THEN NULL ELSE " +
              "to_json(list_filter(sf_list(a), (x, i) -> i - 1 <> (CASE WHEN p < 0 THEN CAST(json_array_length(a) AS BIGINT) + p ELSE p END))) END");
        // ARRAY_MIN / ARRAY_MAX: the smallest / largest non-null element by the ARRAY_SORT order.
        Macro("sf_array_extreme(a, d) AS CASE WHEN a IS NULL THEN NULL ELSE (CASE WHEN d " +
              "THEN list_sort(list_transform(list_filter(sf_list(a), x -> x IS NOT NULL), x -> sf_sort_key(x)), 'DESC')[1].v " +
              "ELSE list_sort(list_transform(list_filter(sf_list(a), x -> x IS NOT NULL), x -> sf_sort_key(x)), 'ASC')[1].v END) END");
        Macro("sf_arrays_to_object(k, v) AS CASE WHEN k IS NULL OR v IS NULL THEN NULL " +
              "WHEN json_array_length(k) <> json_array_length(v) THEN error('ARRAYS_TO_OBJECT: the key and value arrays must have the same size') " +
              "ELSE sf_object_of(list_filter(list_transform(range(1, CAST(json_array_length(k) AS BIGINT) + 1), " +
              "i -> {'key': json_extract_string(sf_list(k)[i], '$'), 'value': sf_list(v)[i]}), e -> e.key IS NOT NULL)) END");
        Macro("sf_as_number(v) AS CASE WHEN sf_typeof(v) IN ('INTEGER', 'DECIMAL', 'DOUBLE') THEN CAST(v AS VARCHAR) END");
    }

    /// <summary>A value as a VARIANT: JSON stays JSON, text becomes a JSON string, numbers and booleans their JSON form.</summary>
    private static string V(string sql) => $"sf_v({sql})";

    /// <summary>A VARIANT in the normalised JSON text that array elements have (1.50 -> 1.5), for comparisons with elements.</summary>
    /// <summary>A JSON null becomes NULL, the form it has as a list element.</summary>
    private static string N(string sql) => $"sf_probe(sf_v({sql}))";

    private static void RegisterSemiStructured()
    {
        RegisterSemiStructuredMacros();

        // ---- parsing and conversion ----
        // PARSE_JSON(expr [, 'd' | 's']): NULL, '' and blank input give NULL; 'null' gives a JSON null. The duplicate-key
        // parameter is accepted; duplicate keys are not detected.
        Simple("PARSE_JSON", 1, 2, a => $"sf_parse_json({a[0]})");
        Simple("TRY_PARSE_JSON", 1, 2, a => $"sf_try_parse_json({a[0]})");
        Simple("CHECK_JSON", 1, 1, a =>
            $"CASE WHEN {P(a[0])} IS NULL OR json_valid(CAST({a[0]} AS VARCHAR)) THEN NULL ELSE 'Invalid JSON document: ' || CAST({a[0]} AS VARCHAR) END");
        Simple("TO_VARIANT", 1, 1, a => V(a[0]));
        Simple("TO_OBJECT", 1, 1, a => $"sf_to_object({V(a[0])})");
        Simple("TO_ARRAY", 1, 1, a => $"sf_to_array({V(a[0])})");
        Simple("TO_JSON", 1, 1, a => $"CAST({V(a[0])} AS VARCHAR)");
        Simple("STRIP_NULL_VALUE", 1, 1, a => $"CASE WHEN json_type({V(a[0])}) = 'NULL' THEN NULL ELSE {V(a[0])} END");
        Scalar("JSON_EXTRACT_PATH_TEXT", 2, 2, c => $"json_extract_string(sf_parse_json({c.Arguments[0].Sql}), {JsonPath(c, c.Arguments[1])})");

        // ---- construction ----
        Scalar("OBJECT_CONSTRUCT", 0, int.MaxValue, c => ObjectConstruct(c, "sf_pair"));
        Scalar("OBJECT_CONSTRUCT_KEEP_NULL", 0, int.MaxValue, c => ObjectConstruct(c, "sf_pair_keep_null"));
        Simple("ARRAY_CONSTRUCT", 0, int.MaxValue, a => $"json_array({string.Join(", ", a)})");
        Simple("ARRAY_CONSTRUCT_COMPACT", 0, int.MaxValue, a =>
            $"to_json(list_filter([{string.Join(", ", a.Select(x => $"CAST({V(x)} AS JSON)"))}]::JSON[], x -> x IS NOT NULL AND json_type(x) <> 'NULL'))");
        Simple("ARRAY_GENERATE_RANGE", 2, 3, a =>
            $"to_json(range(CAST({a[0]} AS BIGINT), CAST({a[1]} AS BIGINT), {(a.Length > 2 ? $"CAST({a[2]} AS BIGINT)" : "1")}))");

        // ---- objects ----
        Simple("OBJECT_INSERT", 3, 4, a =>
            $"sf_object_insert({a[0]}, CAST({a[1]} AS VARCHAR), {V(a[2])}, {(a.Length > 3 ? $"coalesce(CAST({a[3]} AS BOOLEAN), false)" : "false")})");
        Simple("OBJECT_DELETE", 1, int.MaxValue, a =>
            $"sf_object_delete({a[0]}, [{string.Join(", ", a.Skip(1).Select(x => $"CAST({x} AS VARCHAR)"))}]::VARCHAR[])");
        Simple("OBJECT_PICK", 1, int.MaxValue, a => a.Length == 2
            ? $"sf_object_pick({a[0]}, sf_pick_keys({V(a[1])}))"
            : $"sf_object_pick({a[0]}, [{string.Join(", ", a.Skip(1).Select(x => $"CAST({x} AS VARCHAR)"))}]::VARCHAR[])");
        Simple("OBJECT_KEYS", 1, 1, a => $"CASE WHEN json_type({a[0]}) = 'OBJECT' THEN to_json(json_keys({a[0]})) END");
        // OBJECT_AGG: rows whose key or value is SQL NULL are skipped; an empty group gives {}.
        Aggregate("OBJECT_AGG", 2, 2, c =>
        {
            var pair = $"sf_pair(CAST({c.Arguments[0].Sql} AS VARCHAR), {V(c.Arguments[1].Sql)})";
            return $"CAST('{{' || coalesce({WithOver(c, $"string_agg({Distinct(c)}{pair}, ','{OrderWithin(c)})")}, '') || '}}' AS JSON)";
        });

        // ---- extraction ----
        Scalar("GET", 2, 2, TranslateGet);
        Simple("GET_IGNORE_CASE", 2, 2, a => $"sf_get_ignore_case({a[0]}, CAST({a[1]} AS VARCHAR))");
        Scalar("GET_PATH", 2, 2, c => $"json_extract({c.Arguments[0].Sql}, {JsonPath(c, c.Arguments[1])})");

        // ---- type predicates and accessors ----
        Simple("TYPEOF", 1, 1, a => $"sf_typeof({V(a[0])})");
        TypeIs("IS_ARRAY", "json_type({0}) = 'ARRAY'");
        TypeIs("IS_OBJECT", "json_type({0}) = 'OBJECT'");
        TypeIs("IS_BOOLEAN", "json_type({0}) = 'BOOLEAN'");
        TypeIs("IS_VARCHAR", "json_type({0}) = 'VARCHAR'");
        TypeIs("IS_CHAR", "json_type({0}) = 'VARCHAR'");
        TypeIs("IS_NULL_VALUE", "json_type({0}) = 'NULL'");
        TypeIs("IS_INTEGER", "sf_typeof({0}) = 'INTEGER'");
        // IS_DECIMAL is TRUE for integers too; IS_DOUBLE / IS_REAL for every number.
        TypeIs("IS_DECIMAL", "sf_typeof({0}) IN ('INTEGER', 'DECIMAL')");
        TypeIs("IS_DOUBLE", "sf_typeof({0}) IN ('INTEGER', 'DECIMAL', 'DOUBLE')");
        TypeIs("IS_REAL", "sf_typeof({0}) IN ('INTEGER', 'DECIMAL', 'DOUBLE')");
        TypeIs("AS_ARRAY", "CASE WHEN json_type({0}) = 'ARRAY' THEN {0} END");
        TypeIs("AS_OBJECT", "CASE WHEN json_type({0}) = 'OBJECT' THEN {0} END");
        TypeIs("AS_VARCHAR", "CASE WHEN json_type({0}) = 'VARCHAR' THEN json_extract_string({0}, '$') END");
        TypeIs("AS_CHAR", "CASE WHEN json_type({0}) = 'VARCHAR' THEN json_extract_string({0}, '$') END");
        TypeIs("AS_BOOLEAN", "CASE WHEN json_type({0}) = 'BOOLEAN' THEN CAST(CAST({0} AS VARCHAR) AS BOOLEAN) END");
        TypeIs("AS_INTEGER", "CAST(CASE WHEN sf_typeof({0}) IN ('INTEGER', 'DECIMAL') THEN CAST({0} AS VARCHAR) END AS DECIMAL(38, 0))");
        TypeIs("AS_DOUBLE", "CAST(sf_as_number({0}) AS DOUBLE)");
        TypeIs("AS_REAL", "CAST(sf_as_number({0}) AS DOUBLE)");
        foreach (var name in new[] { "AS_NUMBER", "AS_DECIMAL" })
            Scalar(name, 1, 3, c =>
            {
                var precision = c.Arguments.Count > 1 ? ConstantInt(c.Arguments[1]) ?? throw SnowflakeErrors.Unsupported(name + " with a non-constant precision") : 38;
                var scale = c.Arguments.Count > 2 ? ConstantInt(c.Arguments[2]) ?? throw SnowflakeErrors.Unsupported(name + " with a non-constant scale") : 0;
                if (precision < 1 || precision > 38 || scale < 0 || scale > precision)
                    throw SnowflakeErrors.Unsupported($"{name} with precision {precision} and scale {scale}");
                var v = V(c.Arguments[0].Sql);
                return $"CAST(CASE WHEN sf_typeof({v}) IN ('INTEGER', 'DECIMAL') THEN CAST({v} AS VARCHAR) END AS DECIMAL({precision}, {scale}))";
            });
        // Dates and timestamps are stored as JSON strings (to_json of a DATE is "2020-01-02"), so the accessors read such strings.
        TypeIs("AS_DATE", "CASE WHEN json_type({0}) = 'VARCHAR' THEN TRY_CAST(json_extract_string({0}, '$') AS DATE) END");
        TypeIs("AS_TIME", "CASE WHEN json_type({0}) = 'VARCHAR' THEN TRY_CAST(json_extract_string({0}, '$') AS TIME) END");
        TypeIs("AS_TIMESTAMP_NTZ", "CASE WHEN json_type({0}) = 'VARCHAR' THEN TRY_CAST(json_extract_string({0}, '$') AS TIMESTAMP_NS) END");
        TypeIs("AS_TIMESTAMP_LTZ", "CASE WHEN json_type({0}) = 'VARCHAR' THEN TRY_CAST(json_extract_string({0}, '$') AS TIMESTAMPTZ) END");
        TypeIs("AS_TIMESTAMP_TZ", "CASE WHEN json_type({0}) = 'VARCHAR' THEN TRY_CAST(json_extract_string({0}, '$') AS TIMESTAMPTZ) END");

        // ---- arrays ----
        Simple("ARRAY_SIZE", 1, 1, a => $"sf_array_size({a[0]})");
        Simple("ARRAY_APPEND", 2, 2, a => $"CASE WHEN {P(a[0])} IS NULL THEN NULL ELSE to_json(list_append(sf_list({a[0]}), {V(a[1])})) END");
        Simple("ARRAY_PREPEND", 2, 2, a => $"CASE WHEN {P(a[0])} IS NULL THEN NULL ELSE to_json(list_prepend({V(a[1])}, sf_list({a[0]}))) END");
        Simple("ARRAY_CAT", 2, 2, a =>
            $"CASE WHEN {P(a[0])} IS NULL OR {P(a[1])} IS NULL THEN NULL ELSE to_json(list_concat(sf_list({a[0]}), sf_list({a[1]}))) END");
        Simple("ARRAY_INSERT", 3, 3, a => $"sf_array_insert({a[0]}, CAST({a[1]} AS BIGINT), {V(a[2])})");
        Simple("ARRAY_SLICE", 3, 3, a => $"sf_array_slice({a[0]}, {a[1]}, {a[2]})");
        Simple("ARRAY_DISTINCT", 1, 1, a => $"sf_array_distinct(sf_list({a[0]}))");
        Simple("ARRAY_INTERSECTION", 2, 2, a => $"sf_array_intersection({a[0]}, {a[1]})");
        Simple("ARRAY_EXCEPT", 2, 2, a => $"sf_array_except({a[0]}, {a[1]})");
        Simple("ARRAYS_OVERLAP", 2, 2, a => $"sf_arrays_overlap({a[0]}, {a[1]})");
        Simple("ARRAY_COMPACT", 1, 1, a => $"to_json(list_filter(sf_list({a[0]}), x -> x IS NOT NULL))");
        Simple("ARRAY_FLATTEN", 1, 1, a => $"sf_array_flatten({a[0]})");
        Scalar("ARRAY_SORT", 1, 3, TranslateArraySort);
        Simple("ARRAY_REMOVE", 2, 2, a =>
            $"CASE WHEN {P(a[0])} IS NULL OR {P(a[1])} IS NULL THEN NULL ELSE to_json(list_filter(sf_list({a[0]}), x -> x IS DISTINCT FROM {N(a[1])})) END");
        // ARRAY_CONTAINS(value, array) and ARRAY_POSITION(value, array): the value comes first.
        Simple("ARRAY_CONTAINS", 2, 2, a =>
            $"CASE WHEN {P(a[0])} IS NULL OR {P(a[1])} IS NULL THEN NULL ELSE coalesce(list_position(sf_list({a[1]}), {N(a[0])}), 0) > 0 END");
        Simple("ARRAY_POSITION", 2, 2, a =>
            $"CASE WHEN {P(a[0])} IS NULL THEN NULL ELSE CAST(nullif(coalesce(list_position(sf_list({a[1]}), {N(a[0])}), 0), 0) - 1 AS BIGINT) END");
        Simple("ARRAY_REVERSE", 1, 1, a => $"to_json(list_reverse(sf_list({a[0]})))");
        Simple("ARRAY_REMOVE_AT", 2, 2, a => $"sf_array_remove_at({a[0]}, CAST({a[1]} AS BIGINT))");
        Simple("ARRAY_MIN", 1, 1, a => $"sf_array_extreme({a[0]}, false)");
        Simple("ARRAY_MAX", 1, 1, a => $"sf_array_extreme({a[0]}, true)");
        Simple("ARRAYS_TO_OBJECT", 2, 2, a => $"sf_arrays_to_object({a[0]}, {a[1]})");
        Simple("ARRAYS_ZIP", 1, int.MaxValue, ArraysZip);
        Simple("ARRAY_TO_STRING", 2, 2, a => $"sf_array_to_string({a[0]}, {T(a[1])})");

        // ---- not emulated ----
        Unsupported("PARSE_XML", FunctionKind.Scalar, 1, 2);
        Unsupported("CHECK_XML", FunctionKind.Scalar, 1, 2);
        Unsupported("XMLGET", FunctionKind.Scalar, 2, 3);
        Unsupported("TO_XML", FunctionKind.Scalar, 1, 1);
    }

    /// <summary>ARRAYS_ZIP(a1, a2, ...): [{"$1": a1[0], "$2": a2[0]}, ...], padded with nulls to the longest array.</summary>
    private static string ArraysZip(string[] a)
    {
        var anyNull = string.Join(" OR ", a.Select(x => P(x) + " IS NULL"));
        var longest = a.Length == 1 ? $"json_array_length({a[0]})" : $"greatest({string.Join(", ", a.Select(x => $"json_array_length({x})"))})";
        var fields = string.Join(" || ',' || ", a.Select((x, i) =>
            $"'\"${i + 1}\":' || coalesce(CAST(sf_list({x})[i] AS VARCHAR), 'null')"));
        return $"CASE WHEN {anyNull} THEN NULL ELSE CAST('[' || array_to_string(list_transform(range(1, CAST({longest} AS BIGINT) + 1), " +
               $"i -> '{{' || {fields} || '}}'), ',') || ']' AS JSON) END";
    }

    /// <summary>A one-argument predicate or accessor over the argument as a VARIANT; {0} is the VARIANT.</summary>
    private static void TypeIs(string name, string template) =>
        Simple(name, 1, 1, a => string.Format(System.Globalization.CultureInfo.InvariantCulture, template, V(a[0])));

    private static string ObjectConstruct(FunctionCall call, string pairMacro)
    {
        if (call.Star) throw SnowflakeErrors.Unsupported(call.Name + "(*)");
        var a = Args(call);
        if (a.Length % 2 != 0)
            throw new SnowflakeSqlException("001044", "42P13",
                $"SQL compilation error:\nInvalid argument types for function '{call.Name}': an even number of arguments (key, value pairs) is required");
        if (a.Length == 0) return "CAST('{}' AS JSON)";
        var pairs = Enumerable.Range(0, a.Length / 2).Select(i => $"{pairMacro}(CAST({a[2 * i]} AS VARCHAR), {V(a[2 * i + 1])})");
        return $"CAST('{{' || concat_ws(',', {string.Join(", ", pairs)}) || '}}' AS JSON)";
    }

    /// <summary>GET(v, index) for arrays, GET(v, key) for objects; a literal key or index becomes a constant JSONPath.</summary>
    private static string TranslateGet(FunctionCall call)
    {
        var v = call.Arguments[0].Sql;
        var key = call.Arguments[1];
        if (key.StringLiteral is { } name)
            return $"json_extract({v}, {Lit("$.\"" + name.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"")})";
        if (ConstantInt(key) is { } index)
            return index < 0 ? "CAST(NULL AS JSON)" : $"json_extract({v}, {Lit($"$[{index}]")})";
        return $"sf_get({v}, {key.Sql})";
    }

    /// <summary>The DuckDB JSONPath of a Snowflake path argument: converted at translation time when it is a literal.</summary>
    private static string JsonPath(FunctionCall call, FunctionArgument path)
    {
        if (path.StringLiteral is { } text)
        {
            var jsonPath = SemiStructuredPath.ToJsonPath(text)
                ?? throw new SnowflakeSqlException("100183", "22000", $"Invalid extraction path '{text}' in {call.Name}.");
            return Lit(jsonPath);
        }
        var p = T(path.Sql);
        return $"CASE WHEN starts_with({p}, '[') THEN '$' || {p} ELSE '$.' || {p} END";
    }

    /// <summary>ARRAY_SORT(a [, sort_ascending [, nulls_first]]); the flags must be constants (NULL flags give NULL).</summary>
    private static string TranslateArraySort(FunctionCall call)
    {
        bool? Flag(int i, bool fallback)
        {
            if (call.Arguments.Count <= i) return fallback;
            var text = call.Arguments[i].Sql.Trim().Trim('(', ')').ToUpperInvariant();
            return text switch
            {
                "TRUE" => true,
                "FALSE" => false,
                "NULL" => null,
                _ => throw SnowflakeErrors.Unsupported("ARRAY_SORT with a non-constant flag"),
            };
        }
        var ascending = Flag(1, true);
        // nulls_first defaults to FALSE: SQL NULL (undefined) elements go last in both directions.
        var nullsFirst = Flag(2, false);
        if (ascending is null || nullsFirst is null) return "CAST(NULL AS JSON)";
        var a = call.Arguments[0].Sql;
        return $"CASE WHEN {P(a)} IS NULL THEN NULL ELSE to_json(list_transform(list_sort(list_transform(sf_list({a}), x -> sf_sort_key(x)), " +
               $"'{(ascending.Value ? "ASC" : "DESC")}', '{(nullsFirst.Value ? "NULLS FIRST" : "NULLS LAST")}'), e -> e.v)) END";
    }
}
