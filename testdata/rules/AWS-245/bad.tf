resource "aws_secretsmanager_secret_rotation" "yearly" {
  secret_id           = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:orders-db"
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:111122223333:function:rotate-orders-db"
  rotation_rules {
    automatically_after_days = 365 # want AWS-245 "more than 90"
  }
}

resource "aws_secretsmanager_secret_rotation" "rate" {
  secret_id           = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:partner-api"
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:111122223333:function:rotate-partner-api"
  rotation_rules {
    schedule_expression = "rate(180 days)" # want AWS-245
  }
}
