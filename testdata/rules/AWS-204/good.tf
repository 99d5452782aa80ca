variable "access_mode" {
  type    = string
  default = "PRIVATE_ONLY"
}

resource "aws_mwaa_environment" "pipelines" { # want AWS-206
  name                  = "pipelines"
  dag_s3_path           = "dags/"
  execution_role_arn    = "arn:aws:iam::111122223333:role/mwaa"
  source_bucket_arn     = "arn:aws:s3:::acme-dags"
  webserver_access_mode = var.access_mode

  network_configuration {
    security_group_ids = ["sg-0a1b2c3d"]
    subnet_ids         = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  }
}

# No webserver_access_mode: PRIVATE_ONLY.
resource "aws_mwaa_environment" "reports" { # want AWS-206
  name               = "reports"
  dag_s3_path        = "dags/"
  execution_role_arn = "arn:aws:iam::111122223333:role/mwaa"
  source_bucket_arn  = "arn:aws:s3:::acme-report-dags"

  network_configuration {
    security_group_ids = ["sg-0a1b2c3d"]
    subnet_ids         = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  }
}
