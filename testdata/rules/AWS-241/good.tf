variable "proxies" {
  type = map(object({ engine = string, secret = string }))
  default = {
    orders  = { engine = "MYSQL", secret = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:orders-db" }
    billing = { engine = "POSTGRESQL", secret = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:billing-db" }
  }
}

variable "require_tls" {
  type    = bool
  default = true
}

variable "caller_tls" {
  type = bool
}

resource "aws_db_proxy" "this" {
  for_each       = var.proxies
  name           = each.key
  engine_family  = each.value.engine
  role_arn       = "arn:aws:iam::111122223333:role/rds-proxy"
  vpc_subnet_ids = ["subnet-0a1b2c3d", "subnet-1a2b3c4d"]
  require_tls    = var.require_tls
  auth {
    auth_scheme = "SECRETS"
    secret_arn  = each.value.secret
    iam_auth    = "REQUIRED"
  }
}

resource "aws_db_proxy" "caller" {
  name           = "caller"
  engine_family  = "MYSQL"
  role_arn       = "arn:aws:iam::111122223333:role/rds-proxy"
  vpc_subnet_ids = ["subnet-0a1b2c3d"]
  require_tls    = var.caller_tls # want-note AWS-241
  auth {
    auth_scheme = "SECRETS"
    secret_arn  = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:caller-db"
  }
}
