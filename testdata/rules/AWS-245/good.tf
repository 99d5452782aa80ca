variable "secrets" {
  type = map(number)
  default = {
    orders-db   = 30
    partner-api = 90
  }
}

variable "caller_days" {
  type = number
}

resource "aws_secretsmanager_secret_rotation" "this" {
  for_each            = var.secrets
  secret_id           = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:${each.key}"
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:111122223333:function:rotate-${each.key}"
  rotation_rules {
    automatically_after_days = each.value
  }
}

resource "aws_secretsmanager_secret_rotation" "weekly" {
  secret_id           = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:weekly"
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:111122223333:function:rotate-weekly"
  rotation_rules {
    schedule_expression = "cron(0 4 ? * SUN *)"
    duration            = "2h"
  }
}

resource "aws_secretsmanager_secret_rotation" "caller" {
  secret_id           = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:caller"
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:111122223333:function:rotate-caller"
  rotation_rules {
    automatically_after_days = var.caller_days # want-note AWS-245
  }
}
