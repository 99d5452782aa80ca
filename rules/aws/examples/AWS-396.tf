resource "aws_glue_connection" "orders" {
  name            = "orders"
  connection_type = "JDBC"

  connection_properties = {
    JDBC_CONNECTION_URL = "jdbc:postgresql://orders.cluster-abc.eu-west-1.rds.amazonaws.com:5432/orders"
    JDBC_ENFORCE_SSL    = "true"
    SECRET_ID           = "glue/orders"
  }
}
