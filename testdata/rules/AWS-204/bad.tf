resource "aws_mwaa_environment" "pipelines" { # want AWS-206
  name                  = "pipelines"
  dag_s3_path           = "dags/"
  execution_role_arn    = "arn:aws:iam::111122223333:role/mwaa"
  source_bucket_arn     = "arn:aws:s3:::acme-dags"
  webserver_access_mode = "PUBLIC_ONLY" # want AWS-204

  network_configuration {
    security_group_ids = ["sg-0a1b2c3d"]
    subnet_ids         = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  }
}
