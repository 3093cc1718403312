// Connects the .NET connector (Snowflake.Data) to a local Mockhaus server.
//   dotnet add package Snowflake.Data
using Snowflake.Data.Client;

using var connection = new SnowflakeDbConnection
{
    ConnectionString = "account=test;host=localhost;port=8080;scheme=http;user=user;password=password;db=DEMO_DB;schema=PUBLIC",
};
connection.Open();
using var command = connection.CreateCommand();
command.CommandText = "SELECT CURRENT_DATABASE(), 40 + 2";
using var reader = command.ExecuteReader();
while (reader.Read())
    Console.WriteLine($"{reader.GetString(0)} {reader.GetInt64(1)}");
