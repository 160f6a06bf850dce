#!/usr/bin/env bash
# The distillation experiment of models/ner/MODEL_CARD.md on a GPU machine (python3 with torch,
# no internet): fine-tune the e5 teachers (two out-of-fold, one on everything) and train student
# networks side by side. Inputs under $CARRY (default .carry): teacher_init.npz (from
# `python -m training.ner.teacher export`), data/ (the NER training files) and pylib/jieba/dict.txt.
# Outputs under $OUT: targets_*.npz, logs.tgz and the students' ner.pt (gzip).
set -u
PY=${PY:-python3}
CARRY=${CARRY:-.carry}
OUT=${OUT:-out}
LIMIT_S=${LIMIT_S:-560}
export PYTHONPATH="$CARRY/pylib:." PYTHONUNBUFFERED=1
mkdir -p "$OUT/work"
W="$OUT/work"
start=$(date +%s)
nvidia-smi -L 2>/dev/null; $PY -c "import torch; print(torch.__version__, torch.cuda.get_device_name())"
DEVICE=${DEVICE:-cuda}
DATA="--data-dir $CARRY/data --seed 13 --name-swap 0.3 --synth 5000 ${SMOKE:-}"  # SMOKE="--limit 200 --heldout-limit 40" tries it on a CPU
STUDENT="--device $DEVICE --threads 2 --epochs 14 --hidden 96 --lexicon-dim 32 $DATA"
student() {  # name, minutes, extra options
  local name=$1 minutes=$2; shift 2
  $PY -m training.ner.train $STUDENT --max-minutes "$minutes" --out "$W/$name" "$@" > "$W/$name.log" 2>&1
}
teachers=()
for part in fold0 fold1 full; do
  timeout 330 $PY -m training.ner.teacher fit --init "$CARRY/teacher_init.npz" --device $DEVICE --epochs 3 \
    --batch-size 64 --lr 1e-4 --part $part $DATA --out "$W/teacher" > "$W/teacher_$part.log" 2>&1 &
  teachers+=($!)
done
student s0 7.5 &
student sA 7.5 --char-init e5 --e5 "$CARRY/teacher_init.npz" &
wait "${teachers[@]}"  # the three teachers are done (or timed out)
echo "teachers done after $(( $(date +%s) - start )) s"
left=$(python3 -c "print(round(($LIMIT_S - ($(date +%s) - $start)) / 60 - 0.6, 2))")
T="$W/teacher"
student sB "$left" --char-init e5 --e5 "$CARRY/teacher_init.npz" --distill "$T/targets_fold0.npz,$T/targets_fold1.npz" &
student sC "$left" --char-init e5 --e5 "$CARRY/teacher_init.npz" --distill "$T/targets_full.npz" &
wait
echo "all done after $(( $(date +%s) - start )) s"
cp "$T"/targets_*.npz "$OUT"/ 2>/dev/null
for s in sA sB sC; do [ -f "$W/$s/ner.pt" ] && gzip -c "$W/$s/ner.pt" > "$OUT/$s.ner.pt.gz"; done
tar czf "$OUT/logs.tgz" -C "$W" --exclude='*.pt' --exclude='*.npz' .
for f in "$W"/*.log; do echo "== $f"; grep -h "epoch\|dev PER\|Error\|error" "$f" | tail -6 | cut -c1-220; done
rm -rf "$W"
ls -la "$OUT"
