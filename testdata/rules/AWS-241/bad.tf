resource "aws_db_proxy" "default_tls" { # want AWS-241 "require_tls is not set"
  name           = "orders"
  engine_family  = "MYSQL"
  role_arn       = "arn:aws:iam::111122223333:role/rds-proxy"
  vpc_subnet_ids = ["subnet-0a1b2c3d", "subnet-1a2b3c4d"]
  auth {
    auth_scheme = "SECRETS"
    secret_arn  = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:orders-db"
  }
}

resource "aws_db_proxy" "tls_off" {
  name           = "billing"
  engine_family  = "POSTGRESQL"
  role_arn       = "arn:aws:iam::111122223333:role/rds-proxy"
  vpc_subnet_ids = ["subnet-0a1b2c3d", "subnet-1a2b3c4d"]
  require_tls    = false # want AWS-241
  auth {
    auth_scheme = "SECRETS"
    secret_arn  = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:billing-db"
  }
}
