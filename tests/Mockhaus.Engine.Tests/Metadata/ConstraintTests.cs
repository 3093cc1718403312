using System.Text.RegularExpressions;

namespace Mockhaus.Engine.Tests.Metadata;

/// <summary>
/// Constraint names and FOREIGN KEY targets survive CREATE / ALTER TABLE and reach SHOW ... KEYS,
/// INFORMATION_SCHEMA and GET_DDL. Unnamed constraints get SYS_CONSTRAINT_&lt;uuid&gt; names as in Snowflake.
/// https://docs.snowflake.com/en/sql-reference/constraints-overview
/// https://docs.snowflake.com/en/sql-reference/info-schema/table_constraints
/// https://docs.snowflake.com/en/sql-reference/info-schema/referential_constraints
/// </summary>
public class ConstraintTests : EngineTestBase
{
    private static readonly Regex GeneratedName = new("^SYS_CONSTRAINT_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

    private void CreateParentAndChild() => Rows("""
        CREATE TABLE parent (id INT, code VARCHAR(5), CONSTRAINT pk_parent PRIMARY KEY (id), UNIQUE (code));
        CREATE TABLE child (
          id INT CONSTRAINT pk_child PRIMARY KEY,
          parent_id INT REFERENCES parent (id),
          parent_code VARCHAR(5),
          CONSTRAINT fk_child_code FOREIGN KEY (parent_code) REFERENCES testdb.public.parent (code) ON DELETE CASCADE NOT ENFORCED)
        """);

    [Test]
    public void ShowPrimaryKeysReportsWrittenNames()
    {
        CreateParentAndChild();
        var rows = Rows("SHOW PRIMARY KEYS IN SCHEMA public");
        // SHOW PRIMARY KEYS: created_on, database_name, schema_name, table_name, column_name, key_sequence, constraint_name, ...
        Assert.That(rows.Select(r => $"{r[3]}.{r[4]}:{r[6]}"), Is.EquivalentTo(new[] { "CHILD.ID:PK_CHILD", "PARENT.ID:PK_PARENT" }));
    }

    [Test]
    public void UnnamedConstraintsGetSysConstraintNames()
    {
        CreateParentAndChild();
        var unique = Rows("SHOW UNIQUE KEYS IN TABLE parent").Single();
        Assert.That(unique[4], Is.EqualTo("CODE"));
        Assert.That((string?)unique[6], Does.Match(GeneratedName));
    }

    [Test]
    public void ShowImportedKeysReportsTargetsAndNames()
    {
        CreateParentAndChild();
        var rows = Rows("SHOW IMPORTED KEYS IN TABLE child").OrderBy(r => (string?)r[8]).ToList();
        // pk_database_name, pk_schema_name, pk_table_name, pk_column_name, fk_..., fk_column_name, key_sequence, ..., fk_name, pk_name
        Assert.That(rows.Select(r => $"{r[1]}.{r[2]}.{r[3]}.{r[4]} <- {r[8]}"),
            Is.EqualTo(new[] { "TESTDB.PUBLIC.PARENT.CODE <- PARENT_CODE", "TESTDB.PUBLIC.PARENT.ID <- PARENT_ID" }));
        Assert.That(rows[0][12], Is.EqualTo("FK_CHILD_CODE"));
        Assert.That((string?)rows[1][12], Does.Match(GeneratedName));
        Assert.That(rows[1][13], Is.EqualTo("PK_PARENT"));
        Assert.That((string?)rows[0][13], Does.Match(GeneratedName), "the referenced UNIQUE key's generated name");
    }

    [Test]
    public void InformationSchemaListsConstraintsAndReferences()
    {
        CreateParentAndChild();
        var constraints = Rows("SELECT table_name, constraint_type, constraint_name FROM information_schema.table_constraints ORDER BY 1, 2, 3");
        Assert.That(constraints.Where(r => !GeneratedName.IsMatch((string)r[2]!)).Select(r => $"{r[0]}:{r[1]}:{r[2]}"), Is.EqualTo(new[]
        {
            "CHILD:FOREIGN KEY:FK_CHILD_CODE", "CHILD:PRIMARY KEY:PK_CHILD", "PARENT:PRIMARY KEY:PK_PARENT",
        }));
        Assert.That(constraints, Has.Count.EqualTo(5));
        var references = Rows("""
            SELECT constraint_name, unique_constraint_name FROM information_schema.referential_constraints
            WHERE constraint_name NOT LIKE 'SYS_CONSTRAINT_%'
            """);
        Assert.That((string?)references.Single()[0], Is.EqualTo("FK_CHILD_CODE"));
        Assert.That((string?)references.Single()[1], Does.Match(GeneratedName));
        Assert.That(Scalar("SELECT unique_constraint_name FROM information_schema.referential_constraints WHERE constraint_name LIKE 'SYS_CONSTRAINT_%'"),
            Is.EqualTo("PK_PARENT"));
    }

    [Test]
    public void AlterTableAddsAndDropsConstraints()
    {
        Rows("CREATE TABLE t (a INT, b INT, c INT)");
        Rows("ALTER TABLE t ADD CONSTRAINT pk_t PRIMARY KEY (a, b)");
        Rows("ALTER TABLE t ADD CONSTRAINT uq_c UNIQUE (c)");
        Assert.That(Rows("SHOW PRIMARY KEYS IN TABLE t").Select(r => $"{r[4]}#{r[5]}:{r[6]}"), Is.EqualTo(new[] { "A#1:PK_T", "B#2:PK_T" }));
        Rows("ALTER TABLE t DROP CONSTRAINT uq_c");
        Assert.That(Rows("SHOW UNIQUE KEYS IN TABLE t"), Is.Empty);
        Rows("ALTER TABLE t DROP PRIMARY KEY");
        Assert.That(Rows("SHOW PRIMARY KEYS IN TABLE t"), Is.Empty);
    }

    [Test]
    public void AlterTableDropUniqueByColumnsKeepsTheOthers()
    {
        Rows("CREATE TABLE t (a INT UNIQUE, b INT UNIQUE)");
        Rows("ALTER TABLE t DROP UNIQUE (a)");
        Assert.That(Rows("SHOW UNIQUE KEYS IN TABLE t").Select(r => r[4]), Is.EqualTo(new[] { "B" }));
    }

    [Test]
    public void PrimaryKeyColumnsAreNotNullAndThatIsEnforced()
    {
        // "A PRIMARY KEY constraint implies that the column is both NOT NULL and UNIQUE"; NOT NULL is always enforced.
        Rows("CREATE TABLE t (a INT, b INT, c INT PRIMARY KEY, CONSTRAINT pk PRIMARY KEY (a, b))");
        Assert.That(Rows("DESCRIBE TABLE t").Select(r => $"{r[0]}:{r[3]}"), Is.EqualTo(new[] { "A:N", "B:N", "C:N" }));
        var error = Assert.Throws<Mockhaus.Sql.Errors.SnowflakeSqlException>(() => Rows("INSERT INTO t VALUES (1, NULL, 3)"))!;
        Assert.That(error.Message, Does.Contain("NULL result in a non-nullable column"));
    }

    [Test]
    public void GetDdlPrintsNamesAndReferences()
    {
        CreateParentAndChild();
        var ddl = (string?)Scalar("SELECT GET_DDL('TABLE', 'child')");
        Assert.That(ddl, Does.Contain("\tconstraint PK_CHILD primary key (ID)"));
        Assert.That(ddl, Does.Contain("\tconstraint FK_CHILD_CODE foreign key (PARENT_CODE) references TESTDB.PUBLIC.PARENT(CODE)"));
        Assert.That(ddl, Does.Contain("\tforeign key (PARENT_ID) references TESTDB.PUBLIC.PARENT(ID)"));
    }
}
