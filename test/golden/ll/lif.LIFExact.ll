; BrainTS kernel for neuron model LIFExact (models/lif.ts:48), method update(t, dt).
; Loops over neurons [begin, end). Arrays (fields): V, t_last, I.
; Group-uniform parameters (params): tau, V_rest, V_reset, V_th, R, t_ref.
; You may edit this file: BrainTS notices, checks the kernel signature, uses your version and says so.
; ModuleID = 'LIFExact.cpu'
source_filename = "models/lif.ts"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nounwind
define i32 @LIFExact_update(double** %fields, double* %params, i8* %spiked, i64 %begin, i64 %end, double %t, double %dt, i64 %step, i32 %seed, i32 %stream) #0 !dbg !4 {
entry:
  ; models/lif.ts:25  update(t: number, dt: number) {
  %V.slot = getelementptr inbounds double*, double** %fields, i64 0, !dbg !7
  %V.ptr = load double*, double** %V.slot, align 8, !dbg !7
  %t_last.slot = getelementptr inbounds double*, double** %fields, i64 1, !dbg !7
  %t_last.ptr = load double*, double** %t_last.slot, align 8, !dbg !7
  %I.slot = getelementptr inbounds double*, double** %fields, i64 2, !dbg !7
  %I.ptr = load double*, double** %I.slot, align 8, !dbg !7
  %tau.slot = getelementptr inbounds double, double* %params, i64 0, !dbg !7
  %tau = load double, double* %tau.slot, align 8, !dbg !7
  %V_rest.slot = getelementptr inbounds double, double* %params, i64 1, !dbg !7
  %V_rest = load double, double* %V_rest.slot, align 8, !dbg !7
  %V_reset.slot = getelementptr inbounds double, double* %params, i64 2, !dbg !7
  %V_reset = load double, double* %V_reset.slot, align 8, !dbg !7
  %V_th.slot = getelementptr inbounds double, double* %params, i64 3, !dbg !7
  %V_th = load double, double* %V_th.slot, align 8, !dbg !7
  %R.slot = getelementptr inbounds double, double* %params, i64 4, !dbg !7
  %R = load double, double* %R.slot, align 8, !dbg !7
  %t_ref.slot = getelementptr inbounds double, double* %params, i64 5, !dbg !7
  %t_ref = load double, double* %t_ref.slot, align 8, !dbg !7
  %u0 = fmul double 1.000000e-03, %dt, !dbg !8
  ; models/lif.ts:28  if (elapsed >= Math.trunc((this.t_ref + 1e-3 * dt) / dt)) {
  %0 = fmul double 1.000000e-03, %dt, !dbg !9
  %1 = fadd double %t_ref, %0, !dbg !9
  %2 = fdiv double %1, %dt, !dbg !9
  %u1 = call double @llvm.trunc.f64(double %2), !dbg !9
  ; models/lif.ts:53  return (this.V_rest - V + this.R * I) / this.tau;
  %u2 = fdiv double -1.000000e+00, %tau, !dbg !10
  ; models/lif.ts:29  this.V = step(this.dV, this.V, this.I);
  %3 = fmul double %u2, %dt, !dbg !11
  %u3 = call double @llvm.exp.f64(double %3), !dbg !11
  %4 = icmp slt i64 %begin, %end, !dbg !11
  br i1 %4, label %neuron, label %done, !dbg !11

neuron:                                           ; preds = %neuron, %entry
  %i = phi i64 [ %begin, %entry ], [ %i.next, %neuron ], !dbg !11
  %bad = phi i32 [ 0, %entry ], [ %bad.next, %neuron ], !dbg !11
  ; models/lif.ts:27  const elapsed = Math.trunc((t - this.t_last + 1e-3 * dt) / dt);
  %t_last.addr = getelementptr inbounds double, double* %t_last.ptr, i64 %i, !dbg !12
  %t_last = load double, double* %t_last.addr, align 8, !dbg !12
  %5 = fsub double %t, %t_last, !dbg !12
  %6 = fadd double %5, %u0, !dbg !13
  ; models/lif.ts:25  update(t: number, dt: number) {
  %7 = fdiv double %6, %dt, !dbg !8
  %8 = call double @llvm.trunc.f64(double %7), !dbg !8
  ; models/lif.ts:28  if (elapsed >= Math.trunc((this.t_ref + 1e-3 * dt) / dt)) {
  %9 = fcmp oge double %8, %u1, !dbg !14
  ; models/lif.ts:29  this.V = step(this.dV, this.V, this.I);
  %10 = fcmp oeq double %u2, 0.000000e+00, !dbg !11
  %V.addr = getelementptr inbounds double, double* %V.ptr, i64 %i, !dbg !15
  %V = load double, double* %V.addr, align 8, !dbg !15
  ; models/lif.ts:53  return (this.V_rest - V + this.R * I) / this.tau;
  %11 = fsub double %V_rest, %V, !dbg !16
  ; models/lif.ts:29  this.V = step(this.dV, this.V, this.I);
  %I.addr = getelementptr inbounds double, double* %I.ptr, i64 %i, !dbg !17
  %I = load double, double* %I.addr, align 8, !dbg !17
  %12 = fmul double %R, %I, !dbg !17
  %13 = fadd double %11, %12, !dbg !17
  ; models/lif.ts:53  return (this.V_rest - V + this.R * I) / this.tau;
  %14 = fdiv double %13, %tau, !dbg !10
  %15 = fmul double %dt, %14, !dbg !10
  %16 = fadd double %V, %15, !dbg !10
  %17 = fmul double %R, %I, !dbg !18
  %18 = fadd double %V_rest, %17, !dbg !18
  %19 = fdiv double %18, %tau, !dbg !18
  %20 = fdiv double %19, %u2, !dbg !18
  %21 = fneg double %20, !dbg !18
  ; models/lif.ts:29  this.V = step(this.dV, this.V, this.I);
  %22 = fadd double %V, %20, !dbg !11
  %23 = fmul double %22, %u3, !dbg !11
  %24 = fadd double %21, %23, !dbg !11
  %25 = select i1 %10, double %16, double %24, !dbg !11
  ; models/lif.ts:30  if (this.V > this.V_th) {
  %26 = fcmp ogt double %25, %V_th, !dbg !19
  ; models/lif.ts:31  this.V = this.V_reset;
  %27 = select i1 %26, double %V_reset, double %25, !dbg !20
  ; models/lif.ts:16  @state V = -65; // mV
  %V.next = select i1 %9, double %27, double %V, !dbg !21
  ; models/lif.ts:17  @state t_last = -1e7; // ms, time of the last spike
  %28 = select i1 %26, double %t, double %t_last, !dbg !22
  %t_last.next = select i1 %9, double %28, double %t_last, !dbg !22
  ; models/lif.ts:28  if (elapsed >= Math.trunc((this.t_ref + 1e-3 * dt) / dt)) {
  %spiked1 = and i1 %9, %26, !dbg !23
  ; models/lif.ts:31  this.V = this.V_reset;
  %V.addr2 = getelementptr inbounds double, double* %V.ptr, i64 %i, !dbg !24
  store double %V.next, double* %V.addr2, align 8, !dbg !24
  %29 = fsub double %V.next, %V.next, !dbg !24
  %V.bad = fcmp une double %29, 0.000000e+00, !dbg !24
  %30 = zext i1 %V.bad to i32, !dbg !24
  %31 = or i32 0, %30, !dbg !24
  ; models/lif.ts:32  this.t_last = t;
  %t_last.addr3 = getelementptr inbounds double, double* %t_last.ptr, i64 %i, !dbg !25
  store double %t_last.next, double* %t_last.addr3, align 8, !dbg !25
  %32 = fsub double %t_last.next, %t_last.next, !dbg !25
  %t_last.bad = fcmp une double %32, 0.000000e+00, !dbg !25
  %33 = zext i1 %t_last.bad to i32, !dbg !25
  %34 = or i32 %31, %33, !dbg !25
  ; models/lif.ts:18  @current I = 0;
  %I.addr4 = getelementptr inbounds double, double* %I.ptr, i64 %i, !dbg !26
  store double 0.000000e+00, double* %I.addr4, align 8, !dbg !26
  ; models/lif.ts:25  update(t: number, dt: number) {
  %spiked.byte = zext i1 %spiked1 to i8, !dbg !7
  %spiked.ptr = getelementptr inbounds i8, i8* %spiked, i64 %i, !dbg !7
  store i8 %spiked.byte, i8* %spiked.ptr, align 1, !dbg !7
  %bad.next = or i32 %bad, %34, !dbg !7
  %i.next = add i64 %i, 1, !dbg !7
  %35 = icmp slt i64 %i.next, %end, !dbg !7
  br i1 %35, label %neuron, label %done, !dbg !7

done:                                             ; preds = %neuron, %entry
  %result = phi i32 [ 0, %entry ], [ %bad.next, %neuron ], !dbg !7
  ret i32 %result, !dbg !7
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.trunc.f64(double) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.exp.f64(double) #1

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.module.flags = !{!0, !1}
!llvm.dbg.cu = !{!2}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "BrainTS", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!3 = !DIFile(filename: "lif.ts", directory: "models")
!4 = distinct !DISubprogram(name: "LIFExact.update", linkageName: "LIFExact_update", scope: !3, file: !3, line: 25, type: !5, scopeLine: 25, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !6)
!5 = !DISubroutineType(types: !6)
!6 = !{}
!7 = !DILocation(line: 25, column: 3, scope: !4)
!8 = !DILocation(line: 25, column: 21, scope: !4)
!9 = !DILocation(line: 28, column: 45, scope: !4)
!10 = !DILocation(line: 53, column: 45, scope: !4)
!11 = !DILocation(line: 29, column: 16, scope: !4)
!12 = !DILocation(line: 27, column: 37, scope: !4)
!13 = !DILocation(line: 27, column: 51, scope: !4)
!14 = !DILocation(line: 28, column: 20, scope: !4)
!15 = !DILocation(line: 29, column: 30, scope: !4)
!16 = !DILocation(line: 53, column: 13, scope: !4)
!17 = !DILocation(line: 29, column: 38, scope: !4)
!18 = !DILocation(line: 53, column: 31, scope: !4)
!19 = !DILocation(line: 30, column: 20, scope: !4)
!20 = !DILocation(line: 31, column: 18, scope: !4)
!21 = !DILocation(line: 16, column: 3, scope: !4)
!22 = !DILocation(line: 17, column: 3, scope: !4)
!23 = !DILocation(line: 28, column: 5, scope: !4)
!24 = !DILocation(line: 31, column: 9, scope: !4)
!25 = !DILocation(line: 32, column: 9, scope: !4)
!26 = !DILocation(line: 18, column: 3, scope: !4)
; braints-hash: 70b086d146472919a980fa1ff303b785c969f5bd4b1c9f06e00c615ea3d043ee
